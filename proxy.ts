import { NextResponse, type NextRequest } from "next/server";
import { STAFF_AREA_HEADER } from "./lib/i18n/staff-area";

// The back office stays in Vietnamese whatever language a citizen chose (docs/decisions/009). The root
// layout cannot see the path, so the request is marked here; getLocale() reads the mark. A
// visitor sending the header elsewhere only gets the Vietnamese UI.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(STAFF_AREA_HEADER, "1");
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/can-bo", "/can-bo/:path*", "/buu-chinh", "/buu-chinh/:path*"] };
