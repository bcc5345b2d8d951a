import { storeUpload } from "../store";

// The baseline's upload: the raw request body, as the portal's upload route takes it.
export async function POST(request: Request) {
  if (!request.body) return Response.json({ error: "empty" }, { status: 400 });
  return Response.json(await storeUpload(request.body as unknown as AsyncIterable<Uint8Array>), { status: 201 });
}
