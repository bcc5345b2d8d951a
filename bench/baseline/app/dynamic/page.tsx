import { connection } from "next/server";
import { lookUp } from "./lookup";

// Dynamic: rendered per request with one indexed query on the same database as the portal.
export default async function DynamicPage({ searchParams }: { searchParams: Promise<{ ma?: string }> }) {
  await connection();
  const { ma } = await searchParams;
  return (
    <main>
      <h1>Trang động</h1>
      <p>{await lookUp(ma)}</p>
    </main>
  );
}
