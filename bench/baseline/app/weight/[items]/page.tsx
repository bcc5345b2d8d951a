import { ProcedureList } from "../../_weight/procedure-list";
import { WEIGHT_STEPS } from "../../_weight/steps";

// Static pages of growing size, prerendered at build time like the bare static page: the bench
// picks the one nearest in bytes to each portal page it measures (bench/lib/same-weight.ts).
export const dynamicParams = false;
export function generateStaticParams() {
  return WEIGHT_STEPS.map((n) => ({ items: String(n) }));
}

export default async function WeightPage({ params }: { params: Promise<{ items: string }> }) {
  const { items } = await params;
  return (
    <main>
      <h1>Trang tĩnh</h1>
      <ProcedureList items={Number(items)} />
    </main>
  );
}
