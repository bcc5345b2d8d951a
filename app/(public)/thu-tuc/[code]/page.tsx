import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { cachedProcedure as getProcedureByCode } from "@/lib/procedures/cached";
import { getDictionary } from "@/lib/i18n/server";
import { ProcedureView } from "./_components/procedure-view";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const [procedure, t] = await Promise.all([getProcedureByCode((await params).code), getDictionary()]);
  return { title: procedure?.name ?? t.procedure.fallbackTitle };
}

// Signed-in visitors get this page per request; the others a prerendered copy (proxy.ts, app/(static)).
export default async function ProcedurePage({ params }: Props) {
  await connection();
  const { code } = await params;
  // The cached procedure is catalogue data only; every label around it comes from this request's dictionary.
  const [procedure, dictionary] = await Promise.all([getProcedureByCode(code), getDictionary()]);
  if (!procedure) notFound();
  const actor = await getActor();
  return <ProcedureView dictionary={dictionary} procedure={procedure} signedIn={actor !== null} />;
}
