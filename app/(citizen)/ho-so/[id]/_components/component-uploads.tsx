"use client";
import { useRef, useState } from "react";
import { formatBytes } from "@/components/ui/format";
import { PhotoPdfBuilder } from "@/components/upload/photo-pdf-builder";
import { SinglePhotoNotice } from "@/components/upload/single-photo-notice";
import { UploadStatus } from "@/components/upload/upload-status";
import { PaperChoice } from "@/components/upload/paper-choice";
import { useResumableUploads } from "@/components/upload/use-resumable-uploads";
import { useSinglePhoto } from "@/components/upload/use-single-photo";
import { reuseDocumentAction } from "@/lib/documents/actions";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";

export type UploadComponent = { id: string; name: string; required: boolean; paperAllowed?: boolean };
export type UploadedFile = { id: string; componentId: string | null; fileName: string; sizeBytes: number };
export type StoreDocument = { id: string; label: string };

/**
 * One upload control per document component; files go in resumable chunks (tus) to
 * /api/uploads. Photos are shrunk on the device first, and several photos of the pages of one
 * paper document can be assembled into one PDF before the upload.
 */
type Props = {
  dossierId: string;
  components: UploadComponent[];
  initial: UploadedFile[];
  maxDossierBytes: number;
  storeDocuments: StoreDocument[];
  /** Components to be handed in on paper, with their summaries. */
  paper?: Record<string, string>;
  t: Dictionary["wizard"]["uploads"] & {
    title: string;
    photos: Dictionary["wizard"]["photos"];
    paper: Dictionary["wizard"]["paper"];
  };
};

export function ComponentUploads({
  dossierId,
  components,
  initial,
  maxDossierBytes,
  storeDocuments,
  paper = {},
  t,
}: Props) {
  const [files, setFiles] = useState(initial);
  // Components whose running upload is an assembled PDF; when it lands, the page list of that
  // component starts empty again (a new key remounts the builder).
  const fromBuilder = useRef(new Set<string>());
  const [builds, setBuilds] = useState<Record<string, number>>({});
  const { errors, setError, busy, progress, retryable, upload, retry } = useResumableUploads((attachment, slot) => {
    setFiles((f) => [...f, attachment]);
    if (fromBuilder.current.delete(slot)) setBuilds((b) => ({ ...b, [slot]: (b[slot] ?? 0) + 1 }));
  }, t);
  const send = (componentId: string, file: File, built = false) => {
    if (built) fromBuilder.current.add(componentId);
    else fromBuilder.current.delete(componentId);
    void upload(componentId, { dossierId, componentId }, file);
  };
  const photo = useSinglePhoto((componentId, file) => send(componentId, file));

  async function reuse(componentId: string, sourceAttachmentId: string) {
    setError(componentId, "");
    const result = await reuseDocumentAction({ dossierId, componentId, sourceAttachmentId });
    if (result.error) return setError(componentId, result.error);
    if (result.attachment) setFiles((f) => [...f, result.attachment!]);
  }

  async function remove(id: string) {
    const res = await fetch(`/api/attachments/${id}`, { method: "DELETE" });
    if (res.ok) setFiles((f) => f.filter((x) => x.id !== id));
  }

  return (
    <section aria-labelledby="tai-lieu" className="rounded bg-white p-4 shadow-sm space-y-4">
      <h2 id="tai-lieu" className="text-lg font-semibold">
        {t.title}
      </h2>
      <p className="text-sm text-gray-700">{fill(t.limits, { max: formatBytes(maxDossierBytes) })}</p>
      {components.map((c) => {
        const mine = files.filter((f) => f.componentId === c.id);
        return (
          <div key={c.id} role="group" aria-labelledby={`name-${c.id}`} className="border-t pt-3">
            <label id={`name-${c.id}`} htmlFor={`file-${c.id}`} className="block font-medium" lang="vi">
              {c.name}
              {c.required && (
                <span className="text-red-700" aria-hidden>
                  {" "}
                  *
                </span>
              )}
            </label>
            <input
              id={`file-${c.id}`}
              data-required={c.required ? "true" : "false"}
              type="file"
              accept="application/pdf,image/jpeg,image/png"
              disabled={busy !== null || photo.photos[c.id]?.checking}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void photo.choose(c.id, file);
                e.target.value = "";
              }}
              className="mt-1 block w-full text-sm"
            />
            <SinglePhotoNotice
              photo={photo.photos[c.id]}
              onKeep={() => photo.keep(c.id)}
              onDrop={() => photo.drop(c.id)}
              t={t.photos}
            />
            {storeDocuments.length > 0 && (
              <div className="mt-2">
                <label htmlFor={`store-${c.id}`} className="text-sm">
                  {t.fromStore}
                </label>
                <select
                  id={`store-${c.id}`}
                  value=""
                  onChange={(e) => e.target.value && void reuse(c.id, e.target.value)}
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
              key={builds[c.id] ?? 0}
              slotId={c.id}
              documentName={c.name}
              disabled={busy !== null}
              onBuilt={(file) => send(c.id, file, true)}
              t={t.photos}
            />
            <UploadStatus
              uploading={busy === c.id}
              progress={progress}
              error={errors[c.id]}
              canRetry={!!retryable[c.id]}
              onRetry={() => retry(c.id)}
              t={t}
            />
            {c.paperAllowed && (
              <PaperChoice
                dossierId={dossierId}
                componentId={c.id}
                componentName={c.name}
                initial={paper[c.id] ?? null}
                t={t.paper}
              />
            )}
            <ul className="text-sm">
              {mine.map((f) => (
                <li key={f.id} className="flex gap-2 items-center">
                  <span>
                    {f.fileName} ({formatBytes(f.sizeBytes)})
                  </span>
                  <button
                    type="button"
                    className="text-red-700 underline"
                    onClick={() => remove(f.id)}
                    aria-label={fill(t.removeFile, { name: f.fileName })}
                  >
                    {t.remove}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
