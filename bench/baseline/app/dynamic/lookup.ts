import pg from "pg";

// One indexed query on the portal's own database, as a dynamic page of the portal makes.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export async function lookUp(code: string | undefined): Promise<string> {
  const { rows } = await pool.query<{ code: string; status: string }>(
    `SELECT "code", "status" FROM "Dossier" WHERE "code" = $1`,
    [code ?? ""],
  );
  return rows[0] ? `${rows[0].code}: ${rows[0].status}` : "Không tìm thấy";
}
