"use client";
import { useRef, useState } from "react";
import { PhotoPdfBuilder } from "./photo-pdf-builder";
import { SinglePhotoNotice } from "./single-photo-notice";
import { UploadStatus } from "./upload-status";
import { useResumableUploads } from "./use-resumable-uploads";
import { useSinglePhoto } from "./use-single-photo";
import type { FinishedUpload } from "@/lib/attachments/resumable-client";
import { reuseDocumentAction } from "@/lib/documents/actions";
import type { Dictionary } from "@/lib/i18n";

/** A paper in the citizen's document store (kho dữ liệu), offered instead of a new upload. */
export type StoreDocument = { id: string; label: string };

/** Where a slot's files go: a component of a draft, or an item of a request to supplement. */
export type SlotTarget = { dossierId: string; componentId?: string; supplementItemId?: string };

type Texts = Dictionary["wizard"]["uploads"] & { photos: Dictionary["wizard"]["photos"] };

/**
 * The ways to supply one requested paper, shared by the filing wizard and the answer to a
 * request to supplement so that the citizen has the same choices in both: a file (a photo is
 * shrunk on the device first), photos of the pages assembled into one PDF, or a paper already
 * in their document store (once-only, NĐ 118/2025 Art. 4(2a): nothing is uploaded again). One
 * upload at a time.
 */
export function useDocumentChoices(
  targetOf: (slot: string) => SlotTarget,
  onAdded: (file: FinishedUpload, slot: string) => void,
  t: Texts,
) {
  // Slots whose running upload is an assembled PDF; when it lands, the page list of that slot
  // starts empty again (a new key remounts the builder).
  const fromBuilder = useRef(new Set<string>());
  const [builds, setBuilds] = useState<Record<string, number>>({});
  const uploads = useResumableUploads((attachment, slot) => {
    onAdded(attachment, slot);
    if (fromBuilder.current.delete(slot)) setBuilds((b) => ({ ...b, [slot]: (b[slot] ?? 0) + 1 }));
  }, t);
  const send = (slot: string, file: File, built = false) => {
    if (built) fromBuilder.current.add(slot);
    else fromBuilder.current.delete(slot);
    void uploads.upload(slot, targetOf(slot), file);
  };
  const photo = useSinglePhoto((slot, file) => send(slot, file));

  async function reuse(slot: string, sourceAttachmentId: string) {
    uploads.setError(slot, "");
    const result = await reuseDocumentAction({ ...targetOf(slot), sourceAttachmentId });
    if (result.error) return uploads.setError(slot, result.error);
    if (result.attachment) onAdded(result.attachment, slot);
  }

  return { ...uploads, builds, send, photo, reuse };
}

export type DocumentChoicesState = ReturnType<typeof useDocumentChoices>;

type Props = {
  slot: string;
  /** The paper asked for: the assembled PDF's title and file name. */
  documentName: string;
  /** The file input's id, for the caller's label. */
  inputId: string;
  required?: boolean;
  storeDocuments: StoreDocument[];
  choices: DocumentChoicesState;
  t: Texts;
};

/** The controls of one slot: file input, store picker, photo-to-PDF builder and upload status. */
export function DocumentChoices({ slot, documentName, inputId, required, storeDocuments, choices, t }: Props) {
  const { busy, phase, progress, errors, retryable, retry, photo, builds, send, reuse } = choices;
  return (
    <>
      <input
        id={inputId}
        data-required={required === undefined ? undefined : required ? "true" : "false"}
        type="file"
        accept="application/pdf,image/jpeg,image/png"
        disabled={busy !== null || photo.photos[slot]?.checking}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void photo.choose(slot, file);
          e.target.value = "";
        }}
        className="mt-1 block w-full text-sm"
      />
      <SinglePhotoNotice
        photo={photo.photos[slot]}
        onKeep={() => photo.keep(slot)}
        onDrop={() => photo.drop(slot)}
        t={t.photos}
      />
      {storeDocuments.length > 0 && (
        <div className="mt-2">
          <label htmlFor={`store-${slot}`} className="text-sm">
            {t.fromStore}
          </label>
          <select
            id={`store-${slot}`}
            value=""
            onChange={(e) => e.target.value && void reuse(slot, e.target.value)}
            className="ml-2 max-w-full rounded border px-2 py-1 text-sm"
          >
            <option value="">{t.chooseStored}</option>
            {storeDocuments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <PhotoPdfBuilder
        key={builds[slot] ?? 0}
        slotId={slot}
        documentName={documentName}
        disabled={busy !== null}
        onBuilt={(file) => send(slot, file, true)}
        t={t.photos}
      />
      <UploadStatus
        uploading={busy === slot}
        phase={phase}
        progress={progress}
        error={errors[slot]}
        canRetry={!!retryable[slot]}
        onRetry={() => retry(slot)}
        t={t}
      />
    </>
  );
}
