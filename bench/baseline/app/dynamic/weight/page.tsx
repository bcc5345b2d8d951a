import { connection } from "next/server";
import { lookUp } from "../lookup";
import { ProcedureList } from "../../_weight/procedure-list";

// The dynamic page with `items` list entries added (at most 500): one indexed query and a page
// as heavy as the portal page it is set beside (bench/lib/same-weight.ts).
export default async function DynamicWeightPage({
  searchParams,
}: {
  searchParams: Promise<{ ma?: string; items?: string }>;
}) {
  await connection();
  const { ma, items } = await searchParams;
  const found = await lookUp(ma);
  return (
    <main>
      <h1>Trang động</h1>
      <p>{found}</p>
      <ProcedureList items={Math.min(500, Math.max(0, Number(items) || 0))} />
    </main>
  );
}
