import { connection } from "next/server";
import { cachedListProcedures } from "@/lib/procedures/cached";
import { getDictionary } from "@/lib/i18n/server";
import { HomeView } from "./_components/home-view";

// Signed-in visitors get this page per request; the others a prerendered copy (proxy.ts, app/(static)).
export default async function HomePage() {
  await connection();
  // The cached list holds catalogue data only (Vietnamese, the same for everyone); the chrome around it is per request.
  const [all, t] = await Promise.all([cachedListProcedures(), getDictionary()]);
  return <HomeView t={t} procedures={all.slice(0, 6)} />;
}
