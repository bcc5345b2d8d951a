import { requirePageActor } from "@/lib/auth/require-page-actor";
import { fill } from "@/lib/i18n/locales";
import { getDictionary } from "@/lib/i18n/server";
import { billPreviewFor } from "@/lib/payments/bill-preview";
import { BillLinesTable } from "@/components/payments/bill-lines-table";

/**
 * The fees, charges and postage the dossier will be billed, shown before submission (review step
 * and below the delivery choice): computed on the server by the same functions as the bill the
 * agency issues (lib/payments/bill.ts), from the answers and postal choice saved so far.
 */
export async function BillPreview({ dossierId }: { dossierId: string }) {
  const [actor, dictionary] = await Promise.all([requirePageActor(`/ho-so/${dossierId}`), getDictionary()]);
  const t = dictionary.payments;
  const preview = await billPreviewFor(actor, dossierId);
  return (
    <section
      aria-labelledby="bill-preview-title"
      data-testid="bill-preview"
      className="rounded bg-white p-4 shadow-sm space-y-2 text-sm"
    >
      <h2 id="bill-preview-title" className="text-lg font-semibold">
        {t.previewTitle}
      </h2>
      {!preview.ok ? (
        <p role="alert" className="text-red-700">
          {fill(t.previewFix, { error: preview.error })}
        </p>
      ) : preview.lines.length === 0 ? (
        <p>{t.previewNone}</p>
      ) : (
        <>
          <BillLinesTable lines={preview.lines} totalVnd={preview.totalVnd} t={t} testId="bill-preview" />
          <p className="text-gray-700">{t.previewNote}</p>
        </>
      )}
    </section>
  );
}
