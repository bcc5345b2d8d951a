"use client";
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/dossiers/actions";
import { answerSupplementAction } from "@/lib/supplements/actions";
import type { SupplementRequestView } from "@/lib/supplements/queries";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n/locales";
import { formatBytes } from "@/components/ui/format";
import { DocumentChoices, useDocumentChoices, type StoreDocument } from "@/components/upload/document-choices";

type Item = SupplementRequestView["items"][number];
type Sent = Item["attachments"][number];

/**
 * The citizen answers a request to supplement item by item: only the items asked, nothing else,
 * with the same choices for each paper as in the filing wizard (a file, photos of the pages
 * assembled into one PDF, or a paper already in their document store).
 */
type Props = {
  dossierId: string;
  version: number;
  items: Item[];
  /** The citizen's document store (kho dữ liệu). */
  storeDocuments: StoreDocument[];
  t: Dictionary["dossierForms"]["supplement"];
  upload: Dictionary["wizard"]["uploads"];
  photos: Dictionary["wizard"]["photos"];
};

export function SupplementAnswer({ dossierId, version, items, storeDocuments, t, upload: uploadText, photos }: Props) {
  const [sent, setSent] = useState<Record<string, Sent[]>>(Object.fromEntries(items.map((i) => [i.id, i.attachments])));
  const texts = { ...uploadText, photos };
  const choices = useDocumentChoices(
    (supplementItemId) => ({ dossierId, supplementItemId }),
    (file, slot) =>
      setSent((s) => ({
        ...s,
        [slot]: [...(s[slot] ?? []), { id: file.id, fileName: file.fileName, sizeBytes: file.sizeBytes }],
      })),
    texts,
  );
  const [state, action, pending] = useActionState<ActionState, FormData>(answerSupplementAction, {});

  return (
    <section
      aria-labelledby="tra-loi-bo-sung"
      className="rounded border-2 border-amber-400 bg-white p-4 shadow-sm space-y-4"
    >
      <h2 id="tra-loi-bo-sung" className="text-lg font-semibold">
        {t.title}
      </h2>
      <p className="text-sm">{t.intro}</p>
      <ol className="space-y-4">
        {items.map((item, n) => (
          <li key={item.id} className="border-t pt-3">
            <label htmlFor={`item-${item.id}`} className="block font-medium">
              {n + 1}. {item.label}
            </label>
            <p className="text-sm text-gray-700">{fill(t.reason, { reason: item.reason })}</p>
            <DocumentChoices
              slot={item.id}
              documentName={item.label}
              inputId={`item-${item.id}`}
              storeDocuments={storeDocuments}
              choices={choices}
              t={texts}
            />
            <ul className="text-sm">
              {(sent[item.id] ?? []).map((f) => (
                <li key={f.id}>
                  {f.fileName} ({formatBytes(f.sizeBytes)})
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <form action={action} className="space-y-2">
        <input type="hidden" name="dossierId" value={dossierId} />
        <input type="hidden" name="version" value={version} />
        {state.error && (
          <p role="alert" className="text-red-700">
            {state.error}
          </p>
        )}
        <button
          disabled={pending || choices.busy !== null}
          className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white disabled:opacity-60"
        >
          {t.send}
        </button>
      </form>
    </section>
  );
}
