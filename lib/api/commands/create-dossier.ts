import "server-only";
import { sealIdNumber } from "../../crypto/personal-data";
import { Readable } from "node:stream";
import { SNIFF_BYTES } from "../../files/file-type";
import { inspectUpload } from "../../files/inspect-upload";
import { dossierTooLarge, fileTooLarge } from "../../files/limits";
import { commitFile, discardFile, removeStored, rewriteFile, streamToTemp } from "../../files/storage";
import { db } from "../../db";
import { assertFileable, fileDossier } from "../../dossiers/filing";
import { STATUS_INFO } from "../../dossiers/status";
import { nextStatus } from "../../dossiers/workflow";
import { env } from "../../env";
import { AppError } from "../../errors";
import { Prisma } from "../../generated/prisma/client";
import { isImageMime, reencodeImage } from "../../images/reencode";
import { toSearchText } from "../../text/normalize";
import type { ApiClient } from "../authenticate";
import { requestHash } from "../request-hash";
import type { z } from "zod";
import type { CreateDossierInput, dossierCreatedSchema } from "../schemas";

export type CreatedDossier = {
  code: string;
  status: z.infer<typeof dossierCreatedSchema>["status"];
  statusName: string;
  created: boolean;
};

const reused = (key: string) =>
  new AppError(
    "INVALID_INPUT",
    `Idempotency-Key "${key}" đã được dùng cho một yêu cầu có nội dung khác; dùng khoá mới cho hồ sơ mới.`,
  );

/**
 * A dossier another portal (the national portal, the post's system) received online and hands
 * over: it enters as "Mới đăng ký" (SUBMITTED) exactly like an online submission — the same
 * form check, the same required components, the same code sequence and the same recordTransition
 * (notifications, national sync, webhooks) — and waits for the one-stop counter to receive it.
 *
 * Everything is checked before anything is stored; any refusal stores nothing. Idempotent per
 * (key, Idempotency-Key): a retry returns the dossier already made, also when two arrive at once
 * (the unique key row makes the second transaction fail and read the first's result).
 */
export async function createDossierFromApi(
  client: ApiClient,
  idempotencyKey: string,
  input: CreateDossierInput,
  ip: string | null,
): Promise<CreatedDossier> {
  const hash = requestHash(input);
  const earlier = await replayOf(client, idempotencyKey, hash);
  if (earlier) return earlier;

  const procedure = await db.procedure.findFirst({
    where: { code: input.procedureCode, published: true },
    select: {
      id: true,
      requiresPersonalPresence: true,
      maxDossierBytes: true,
      formDefinition: true,
      agencies: {
        where: { agency: { code: input.agencyCode } },
        select: { agency: { select: { id: true, code: true } } },
      },
      components: {
        orderBy: { sortOrder: "asc" },
        select: { id: true, name: true, required: true, satisfiedByEForm: true },
      },
    },
  });
  if (!procedure) throw new AppError("INVALID_INPUT", `Không có thủ tục đang công bố với mã ${input.procedureCode}.`);
  const agency = procedure.agencies[0]?.agency;
  if (!agency)
    throw new AppError(
      "INVALID_INPUT",
      `Cơ quan ${input.agencyCode} không có thẩm quyền giải quyết thủ tục ${input.procedureCode}.`,
    );
  const formData = assertFileable({
    route: "API",
    requiresPersonalPresence: procedure.requiresPersonalPresence,
    resultDelivery: input.resultDelivery,
    hasPostalAddress: Boolean(input.applicant.address),
    formDefinition: procedure.formDefinition,
    formData: input.form,
    procedureCode: input.procedureCode,
    listedPapers: new Set(procedure.components.map((c) => c.id)),
    components: procedure.components,
    providedPapers: input.documents.map((d) => d.componentId),
  });

  const files = await storeDocuments(input.documents, procedure.maxDossierBytes);
  try {
    // The ID number is sealed at rest and matched by its keyed hash (lib/crypto/personal-data.ts).
    const personalId = sealIdNumber(input.applicant.personalId);
    return await db.$transaction(async (tx) => {
      const account = await tx.user.findUnique({
        where: { personalIdHash: personalId.hash },
        select: { id: true },
      });
      const draft = await tx.dossier.create({
        data: {
          procedureId: procedure.id,
          agencyId: agency.id,
          channel: "ONLINE",
          status: "DRAFT",
          // A citizen with an account follows the dossier in their portal, notified per their profile.
          applicantId: account?.id ?? null,
          applicantPersonalId: personalId.sealed,
          applicantPersonalIdHash: personalId.hash,
          applicantName: input.applicant.fullName,
          applicantNameSearch: toSearchText(input.applicant.fullName),
          applicantBirthDate: input.applicant.birthDate ? new Date(`${input.applicant.birthDate}T00:00:00Z`) : null,
          applicantPhone: input.applicant.phone ?? null,
          applicantEmail: input.applicant.email ?? null,
          applicantAddress: input.applicant.address ?? null,
          formData,
          resultDelivery: input.resultDelivery,
        },
        select: { id: true, version: true, status: true, agencyId: true, applicantEmail: true, code: true },
      });
      if (files.length > 0) {
        await tx.attachment.createMany({
          data: files.map((f) => ({
            dossierId: draft.id,
            componentId: f.componentId,
            fileName: f.fileName,
            mimeType: f.mime,
            sizeBytes: f.sizeBytes,
            sha256: f.sha256,
            storageKey: f.key,
          })),
        });
      }
      // Taken before the code: a concurrent twin with the same key waits here, then fails.
      await tx.apiIdempotencyKey.create({
        data: { apiKeyId: client.keyId, key: idempotencyKey, requestHash: hash, dossierId: draft.id },
      });
      const { code } = await fileDossier(tx, {
        dossier: draft,
        receivingAgency: agency,
        at: new Date(),
        action: "SUBMIT",
        to: nextStatus("SUBMIT", "DRAFT", "CITIZEN")!,
        actorId: null,
        ip,
        agencyId: null,
        note: `Tiếp nhận qua API từ ${input.source.system}, mã hồ sơ tại đó: ${input.source.reference} (khoá API "${client.name}").`,
        data: { receivingAgencyId: agency.id },
      });
      return { code, status: "receiving" as const, statusName: STATUS_INFO.SUBMITTED.label, created: true };
    });
  } catch (e) {
    await Promise.all(files.map((f) => removeStored(f.key)));
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      const twin = await replayOf(client, idempotencyKey, hash);
      if (twin) return twin;
    }
    throw e;
  }
}

async function replayOf(client: ApiClient, key: string, hash: string): Promise<CreatedDossier | null> {
  const row = await db.apiIdempotencyKey.findUnique({
    where: { apiKeyId_key: { apiKeyId: client.keyId, key } },
    select: { requestHash: true, dossierId: true },
  });
  if (!row) return null;
  if (row.requestHash !== hash) throw reused(key);
  // The dossier as it is now: a retry after the counter received it reports "new", not "receiving".
  const dossier = await db.dossier.findUniqueOrThrow({
    where: { id: row.dossierId },
    select: { code: true, status: true },
  });
  const info = STATUS_INFO[dossier.status];
  return {
    code: dossier.code!,
    status: info.nationalCode as CreatedDossier["status"],
    statusName: info.label,
    created: false,
  };
}

type StoredDocument = {
  componentId: string;
  fileName: string;
  mime: string;
  sizeBytes: number;
  sha256: string;
  key: string;
};

/** Inspects each file (malware, type by content, active content), strips image metadata and stores it; all or none. */
async function storeDocuments(
  documents: CreateDossierInput["documents"],
  maxDossierBytes: number,
): Promise<StoredDocument[]> {
  const stored: StoredDocument[] = [];
  let total = 0;
  try {
    for (const d of documents) {
      const bytes = Buffer.from(d.contentBase64, "base64");
      if (bytes.length === 0) throw new AppError("INVALID_INPUT", `Tệp "${d.fileName}" rỗng.`);
      if (bytes.length > env.UPLOAD_MAX_FILE_BYTES) throw fileTooLarge(env.UPLOAD_MAX_FILE_BYTES);
      total += bytes.length;
      if (total > maxDossierBytes) throw dossierTooLarge(maxDossierBytes);
      const inspected = await inspectUpload(
        await streamToTemp(Readable.from([bytes]), env.UPLOAD_MAX_FILE_BYTES, SNIFF_BYTES),
      );
      const mime = inspected.mime;
      let file = inspected.file;
      try {
        if (isImageMime(mime)) file = await rewriteFile(file, SNIFF_BYTES, (from, to) => reencodeImage(from, to, mime));
      } catch (e) {
        await discardFile(file.path);
        throw e;
      }
      const key = await commitFile(file);
      const fileName = d.fileName
        .normalize("NFC")
        .replace(/[\\/\u0000-\u001f"<>|:*?]/g, "_")
        .slice(0, 200);
      stored.push({ componentId: d.componentId, fileName, mime, sizeBytes: file.sizeBytes, sha256: file.sha256, key });
    }
    return stored;
  } catch (e) {
    await Promise.all(stored.map((f) => removeStored(f.key)));
    throw e;
  }
}
