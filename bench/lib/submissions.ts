// Dossier submission through the real endpoints, as the wizard's last two requests are: the
// upload of a 1 MB scan (POST /api/dossiers/<id>/attachments) and the submit server action
// (POST with the Next-Action header, as React sends it). Drafts are prepared beforehand with
// their form and other required files, so each measured submission is exactly those two calls;
// with `openPage`, also the dossier page the browser opens next (its RSC request, as the router
// sends it), so the citizen's whole step is measured too.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Db } from "../../lib/db/create-client";
import { formDefinitionSchema } from "../../lib/forms/definition";
import { allFields } from "../../lib/forms/to-zod";

const PROCEDURE = "1.001193";
export type SubmissionTarget = { dossierId: string; componentId: string };

function answersFor(formDefinition: unknown): Record<string, string> {
  const sample: Record<string, string> = { personalId: "072090000001", phone: "0912000001", email: "a@example.vn", date: "2026-01-15", number: "1" };
  return Object.fromEntries(
    allFields(formDefinitionSchema.parse(formDefinition)).map((f) => [f.name, f.type === "select" ? f.options![0].value : sample[f.type] ?? `Giá trị ${f.label}`.slice(0, f.maxLength ?? 200)]),
  );
}

export async function prepareSubmissionDrafts(db: Db, userId: string, count: number): Promise<SubmissionTarget[]> {
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { code: PROCEDURE },
    select: { id: true, formDefinition: true, agencies: { select: { agencyId: true }, take: 1 }, components: { where: { required: true }, orderBy: { sortOrder: "asc" }, select: { id: true } } },
  });
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { personalId: true, fullName: true } });
  const formData = answersFor(procedure.formDefinition);
  const [uploaded, ...others] = procedure.components;
  const targets: SubmissionTarget[] = [];
  for (let i = 0; i < count; i++) {
    const d = await db.dossier.create({
      data: {
        procedureId: procedure.id, agencyId: procedure.agencies[0].agencyId, channel: "ONLINE", status: "DRAFT", applicantId: userId, formData,
        applicantPersonalId: user.personalId!, applicantName: user.fullName, applicantNameSearch: user.fullName.toLowerCase(), draftExpiresAt: new Date(Date.now() + 86_400_000),
        attachments: { create: others.map((c) => ({ componentId: c.id, fileName: "giay-to.pdf", mimeType: "application/pdf", sizeBytes: 1000, sha256: "0".repeat(64), storageKey: `bench-${i}-${c.id}`, uploadedById: userId })) },
      },
      select: { id: true },
    });
    targets.push({ dossierId: d.id, componentId: uploaded.id });
  }
  return targets;
}

/** The id React uses to call a server action, from the build's manifest. */
export function serverActionId(exportedName: string, filename: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName && v.filename === filename);
  if (!entry) throw new Error(`server action ${exportedName} (${filename}) not in the build`);
  return entry[0];
}

async function submitOne(base: string, cookie: string, actionId: string, t: SubmissionTarget, scan: Buffer, openPage: boolean): Promise<number> {
  const started = performance.now();
  const up = await fetch(`${base}/api/dossiers/${t.dossierId}/attachments?component=${t.componentId}&name=ban-quet.pdf`, {
    method: "POST", headers: { cookie, "content-type": "application/pdf" }, body: new Uint8Array(scan),
  });
  if (up.status !== 201) throw new Error(`upload refused (${up.status}): ${await up.text()}`);
  const submit = await fetch(`${base}/ho-so/${t.dossierId}`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, "next-action": actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: base },
    body: JSON.stringify([t.dossierId]),
  });
  const text = await submit.text();
  // The action's result is the payload's second row: { ok, code } or { error }.
  if (!/^1:\{"ok":true,"code":"[^"]+"\}$/m.test(text)) throw new Error(`submit failed (${submit.status}): ${text.slice(0, 300)}`);
  if (openPage) {
    const page = await fetch(`${base}/ho-so/${t.dossierId}?da-nop=1`, { headers: { cookie, rsc: "1" } });
    const flight = await page.text();
    if (page.status !== 200 || !flight.includes(t.dossierId)) throw new Error(`dossier page failed (${page.status}): ${flight.slice(0, 300)}`);
  }
  return performance.now() - started;
}

export type SubmissionFigures = { perSecond: number; p50: number; p95: number; count: number };

/** Submits every target with `concurrency` citizens at once; times each upload + submit pair (+ the page). */
export async function measureSubmissions(base: string, cookie: string, targets: SubmissionTarget[], concurrency: number, openPage = false): Promise<SubmissionFigures> {
  const actionId = serverActionId("submitDossierAction", "lib/dossiers/actions.ts");
  const scan = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(1024 * 1024 - 9)]);
  const queue = [...targets];
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let t = queue.shift(); t; t = queue.shift()) times.push(await submitOne(base, cookie, actionId, t, scan, openPage));
  }));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
  return { perSecond: times.length / seconds, p50: at(50), p95: at(95), count: times.length };
}

/**
 * Warms the submission path up as the page loads are (bench/lib/load-worker.mjs): rounds of
 * `roundSize` drafts, each submitted and its dossier page opened, until two rounds in a row are
 * no faster than 1.03 × the best before them, or the drafts run out. Returns the drafts used.
 */
export async function warmUpSubmissions(base: string, cookie: string, targets: SubmissionTarget[], roundSize: number, concurrency: number): Promise<number> {
  let best = 0;
  let flat = 0;
  let used = 0;
  while (flat < 2 && used + roundSize <= targets.length) {
    const { perSecond } = await measureSubmissions(base, cookie, targets.slice(used, used + roundSize), concurrency, true);
    used += roundSize;
    flat = perSecond <= best * 1.03 ? flat + 1 : 0;
    best = Math.max(best, perSecond);
  }
  return used;
}
