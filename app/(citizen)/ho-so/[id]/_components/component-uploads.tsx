"use client";
import { useState } from "react";
import { formatBytes } from "@/components/ui/format";
import { DocumentChoices, useDocumentChoices, type StoreDocument } from "@/components/upload/document-choices";
import { PaperChoice } from "@/components/upload/paper-choice";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";

export type UploadComponent = { id: string; name: string; required: boolean; paperAllowed?: boolean };
export type UploadedFile = { id: string; componentId: string | null; fileName: string; sizeBytes: number };
export type { StoreDocument };

/**
 * One set of choices per document component (components/upload/document-choices.tsx: a file,
 * photos assembled into one PDF, or a paper from the document store); files go in resumable
 * chunks (tus) to /api/uploads. Bulky papers may be handed in on paper instead.
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
  const choices = useDocumentChoices(
    (componentId) => ({ dossierId, componentId }),
    (attachment) => setFiles((f) => [...f, attachment]),
    t,
  );

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
            <DocumentChoices
              slot={c.id}
              documentName={c.name}
              inputId={`file-${c.id}`}
              required={c.required}
              storeDocuments={storeDocuments}
              choices={choices}
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
