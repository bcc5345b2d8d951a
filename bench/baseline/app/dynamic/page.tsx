import { connection } from "next/server";
import pg from "pg";

// Dynamic: rendered per request with one indexed query on the same database as the portal.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export default async function DynamicPage({ searchParams }: { searchParams: Promise<{ ma?: string }> }) {
  await connection();
  const { ma } = await searchParams;
  const { rows } = await pool.query<{ code: string; status: string }>(`SELECT "code", "status" FROM "Dossier" WHERE "code" = $1`, [ma ?? ""]);
  return <main><h1>Trang động</h1><p>{rows[0] ? `${rows[0].code}: ${rows[0].status}` : "Không tìm thấy"}</p></main>;
}
