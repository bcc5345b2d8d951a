import type { ShipmentView } from "@/lib/postal/queries";
import { vi, type Dictionary } from "@/lib/i18n/vi";
import { formatDateTime } from "@/components/ui/format";

// The dossier's postal shipments (docs/postal.md): tracking number, status and the tracking history,
// for the applicant (in their language) and for staff (Vietnamese, with the identity check).

type Props = { shipments: ShipmentView[]; t?: Dictionary["postal"]; audience?: "citizen" | "staff" };

export function ShipmentTracking({ shipments, t = vi.postal, audience = "citizen" }: Props) {
  if (shipments.length === 0) return null;
  return (
    <section aria-labelledby="buu-gui" className="space-y-3 rounded bg-white p-4 shadow-sm">
      <h2 id="buu-gui" className="text-lg font-semibold">
        {t.title}
      </h2>
      {shipments.map((s) => (
        <div
          key={s.id}
          className="space-y-2 border-t pt-3 first-of-type:border-t-0 first-of-type:pt-0"
          data-testid="shipment"
        >
          <p className="font-medium">{t.direction[s.direction]}</p>
          <dl className="grid gap-1 text-sm sm:grid-cols-2">
            <div>
              <dt className="inline font-semibold">{t.trackingNumber}: </dt>
              <dd className="inline font-mono" data-testid="tracking-number">
                {s.trackingNumber}
              </dd>
            </div>
            <div>
              <dt className="inline font-semibold">{t.shipmentStatus}: </dt>
              <dd className="inline" data-testid="shipment-status">
                {t.status[s.status]}
              </dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="inline font-semibold">{t.receiver}: </dt>
              <dd className="inline">
                {s.slip.receiver.name}, {s.slip.receiver.address}
              </dd>
            </div>
            {s.targetAt && (
              <div>
                <dt className="inline font-semibold">{t.targetAt}: </dt>
                <dd className="inline">{formatDateTime(s.targetAt)}</dd>
              </div>
            )}
          </dl>
          {s.late && (
            <p className="text-sm font-semibold text-red-800" data-testid="shipment-late">
              {t.late}
            </p>
          )}
          {s.direction === "DOSSIER_TO_AGENCY" && s.status === "CREATED" && audience === "citizen" && (
            <p className="text-sm">{t.envelopeNote}</p>
          )}
          {s.status === "RETURNED_TO_AGENCY" && audience === "citizen" && (
            <p role="status" className="text-sm font-semibold">
              {t.returnedNote}
            </p>
          )}
          <h3 className="text-sm font-semibold">{t.history}</h3>
          <ol className="space-y-2 text-sm" data-testid="tracking-history">
            {s.events.map((e) => (
              <li key={e.id} className="border-l-4 border-brand-600 pl-3">
                <span className="font-semibold">{t.status[e.kind]}</span> ·{" "}
                <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
                {e.operatorStaff && <> · {e.operatorStaff}</>}
                {e.note && <div className="text-gray-700">{e.note}</div>}
                {e.recipientName && (
                  <div className="text-gray-700">
                    {t.receiver}: {e.recipientName}
                    {e.recipientIdNumber && ` (${e.recipientIdNumber})`}
                  </div>
                )}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
