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
  const sample: Record<string, string> = {
    personalId: "072090000001",
    phone: "0912000001",
    email: "a@example.vn",
    date: "2026-01-15",
    number: "1",
  };
  return Object.fromEntries(
    allFields(formDefinitionSchema.parse(formDefinition)).map((f) => [
      f.name,
      f.type === "select" ? f.options![0].value : (sample[f.type] ?? `Giá trị ${f.label}`.slice(0, f.maxLength ?? 200)),
    ]),
  );
}

export async function prepareSubmissionDrafts(db: Db, userId: string, count: number): Promise<SubmissionTarget[]> {
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { code: PROCEDURE },
    select: {
      id: true,
      formDefinition: true,
      agencies: { select: { agencyId: true }, take: 1 },
      components: { where: { required: true }, orderBy: { sortOrder: "asc" }, select: { id: true } },
    },
  });
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { personalId: true, fullName: true } });
  const formData = answersFor(procedure.formDefinition);
  const [uploaded, ...others] = procedure.components;
  const targets: SubmissionTarget[] = [];
  for (let i = 0; i < count; i++) {
    const d = await db.dossier.create({
      data: {
        procedureId: procedure.id,
        agencyId: procedure.agencies[0].agencyId,
        channel: "ONLINE",
        status: "DRAFT",
        applicantId: userId,
        formData,
        applicantPersonalId: user.personalId!,
        applicantName: user.fullName,
        applicantNameSearch: user.fullName.toLowerCase(),
        draftExpiresAt: new Date(Date.now() + 86_400_000),
        attachments: {
          create: others.map((c) => ({
            componentId: c.id,
            fileName: "giay-to.pdf",
            mimeType: "application/pdf",
            sizeBytes: 1000,
            sha256: "0".repeat(64),
            storageKey: `bench-${i}-${c.id}`,
            uploadedById: userId,
          })),
        },
      },
      select: { id: true },
    });
    targets.push({ dossierId: d.id, componentId: uploaded.id });
  }
  return targets;
}

/** The id React uses to call a server action, from the manifest of a build (the portal's, or the baseline app's). */
export function serverActionId(exportedName: string, filename: string, buildDir = ".next"): string {
  const manifest = JSON.parse(readFileSync(`${buildDir}/server/server-reference-manifest.json`, "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const entry = Object.entries(manifest.node).find(
    ([, v]) => v.exportedName === exportedName && v.filename === filename,
  );
  if (!entry) throw new Error(`server action ${exportedName} (${filename}) not in the build`);
  return entry[0];
}

/** A scanned 1 MB PDF, as a phone or a scanner sends it. */
const scanOf1Mb = () => Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(1024 * 1024 - 9)]);

/** A server action's call as React sends it: POST to the page, the action's id in Next-Action, the arguments as JSON. */
function callAction(base: string, path: string, actionId: string, args: unknown[], cookie?: string) {
  return fetch(`${base}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      ...(cookie && { cookie }),
      "next-action": actionId,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      origin: base,
    },
    body: JSON.stringify(args),
  });
}

async function submitOne(
  base: string,
  cookie: string,
  actionId: string,
  t: SubmissionTarget,
  scan: Buffer,
  openPage: boolean,
): Promise<void> {
  const up = await fetch(
    `${base}/api/dossiers/${t.dossierId}/attachments?component=${t.componentId}&name=ban-quet.pdf`,
    {
      method: "POST",
      headers: { cookie, "content-type": "application/pdf" },
      body: new Uint8Array(scan),
    },
  );
  if (up.status !== 201) throw new Error(`upload refused (${up.status}): ${await up.text()}`);
  const submit = await callAction(base, `/ho-so/${t.dossierId}`, actionId, [t.dossierId], cookie);
  const text = await submit.text();
  // The action's result is the payload's second row: { ok, code } or { error }.
  if (!/^1:\{"ok":true,"code":"[^"]+"\}$/m.test(text))
    throw new Error(`submit failed (${submit.status}): ${text.slice(0, 300)}`);
  if (openPage) {
    const page = await fetch(`${base}/ho-so/${t.dossierId}?da-nop=1`, { headers: { cookie, rsc: "1" } });
    const flight = await page.text();
    if (page.status !== 200 || !flight.includes(t.dossierId))
      throw new Error(`dossier page failed (${page.status}): ${flight.slice(0, 300)}`);
  }
}

export type SubmissionFigures = { perSecond: number; p50: number; p95: number; count: number };

/** Submits every target with `concurrency` citizens at once; times each upload + submit pair (+ the page). */
export function measureSubmissions(
  base: string,
  cookie: string,
  targets: SubmissionTarget[],
  concurrency: number,
  openPage = false,
): Promise<SubmissionFigures> {
  const actionId = serverActionId("submitDossierAction", "lib/dossiers/actions.ts");
  const scan = scanOf1Mb();
  return timed(targets, concurrency, (t) => submitOne(base, cookie, actionId, t, scan, openPage));
}

/**
 * The framework's own submission (bench/baseline/app/submission): the same two requests, a 1 MB
 * raw-body upload streamed to disk with its hash and one row written, then a server action
 * changing that row, with nothing else. What the portal adds to it is its own share: the
 * session, the checks, the transaction, the audit event and the notifications.
 */
export function measureBaselineSubmissions(
  base: string,
  count: number,
  concurrency: number,
): Promise<SubmissionFigures> {
  const actionId = serverActionId(
    "submitBaselineAction",
    "bench/baseline/app/submission/actions.ts",
    "bench/baseline/.next",
  );
  const scan = scanOf1Mb();
  return timed(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    async () => {
      const up = await fetch(`${base}/submission/upload`, {
        method: "POST",
        headers: { "content-type": "application/pdf" },
        body: new Uint8Array(scan),
      });
      if (up.status !== 201) throw new Error(`baseline upload refused (${up.status}): ${await up.text()}`);
      const { id } = (await up.json()) as { id: string };
      const text = await (await callAction(base, "/submission", actionId, [id])).text();
      if (!/^1:\{"ok":true,"code":"[^"]+"\}$/m.test(text))
        throw new Error(`baseline submit failed: ${text.slice(0, 300)}`);
    },
  );
}

/** Runs `step` for every item, `concurrency` at once, and times each. */
async function timed<T>(items: T[], concurrency: number, step: (item: T) => Promise<void>): Promise<SubmissionFigures> {
  const queue = [...items];
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
        const at = performance.now();
        await step(item);
        times.push(performance.now() - at);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
  return { perSecond: times.length / seconds, p50: at(50), p95: at(95), count: times.length };
}

/**
 * Warms a path up as the page loads are (bench/lib/load-worker.mjs): rounds until two in a row
 * are no faster than 1.03 × the best before them, or `maxRounds` have run. Returns the rounds run.
 */
export async function warmUpInRounds(round: () => Promise<SubmissionFigures>, maxRounds: number): Promise<number> {
  let best = 0;
  let flat = 0;
  let rounds = 0;
  while (flat < 2 && rounds < maxRounds) {
    const { perSecond } = await round();
    rounds += 1;
    flat = perSecond <= best * 1.03 ? flat + 1 : 0;
    best = Math.max(best, perSecond);
  }
  return rounds;
}

/** The portal's submissions warmed up in rounds of `roundSize` drafts, each dossier page opened too. Returns the drafts used. */
export async function warmUpSubmissions(
  base: string,
  cookie: string,
  targets: SubmissionTarget[],
  roundSize: number,
  concurrency: number,
): Promise<number> {
  let used = 0;
  const rounds = await warmUpInRounds(
    () => measureSubmissions(base, cookie, targets.slice(used, (used += roundSize)), concurrency, true),
    Math.floor(targets.length / roundSize),
  );
  return rounds * roundSize;
}
