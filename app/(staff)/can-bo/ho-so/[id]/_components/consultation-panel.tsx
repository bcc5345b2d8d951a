import type { ConsultationView } from "@/lib/consultations/queries";
import { formatDateTime } from "@/components/ui/format";
import { OpinionAnswerForm } from "./opinion-answer-form";
import { OpinionRequestForm } from "./opinion-request-form";

type Props = {
  dossierId: string;
  version: number;
  consultations: ConsultationView[];
  /** Agencies the specialist may ask, when they may ask now. */
  askable: { id: string; name: string }[] | null;
  /** Consultations the actor's agency must answer. */
  answerableIds: string[];
};

/** Liên thông: opinions asked of other agencies, in parallel, each with its own deadline. */
export function ConsultationPanel({ dossierId, version, consultations, askable, answerableIds }: Props) {
  if (consultations.length === 0 && !askable) return null;
  const now = new Date();
  return (
    <section aria-labelledby="lien-thong" className="rounded bg-white p-4 shadow-sm space-y-3">
      <h2 id="lien-thong" className="text-lg font-semibold">
        Xin ý kiến cơ quan phối hợp (liên thông)
      </h2>
      {consultations.length > 0 && (
        <ul className="space-y-3">
          {consultations.map((c) => {
            const late = c.state === "PENDING" ? now > c.dueAt : c.answeredAt! > c.dueAt;
            return (
              <li key={c.id} className="rounded border p-3 text-sm space-y-1" data-testid="consultation">
                <p className="font-semibold">{c.agency.name}</p>
                <p>Nội dung: {c.question}</p>
                <p>
                  Hạn trả lời: {formatDateTime(c.dueAt)}{" "}
                  {late && <span className="font-semibold text-red-700">(quá hạn)</span>}
                </p>
                {c.state === "ANSWERED" ? (
                  <div className="rounded bg-green-50 p-2">
                    <p>
                      <span className="font-semibold">Ý kiến trả lời</span> ({c.answeredBy?.fullName},{" "}
                      {formatDateTime(c.answeredAt)}): {c.answer}
                    </p>
                    {c.attachments.length > 0 && (
                      <ul className="list-disc pl-5">
                        {c.attachments.map((a) => (
                          <li key={a.id}>
                            <a href={`/api/attachments/${a.id}`}>{a.fileName}</a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                ) : (
                  <p className="text-amber-800">Đang chờ trả lời</p>
                )}
                {c.state === "PENDING" && answerableIds.includes(c.id) && (
                  <OpinionAnswerForm consultationId={c.id} dossierId={dossierId} files={c.attachments} />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {askable && <OpinionRequestForm dossierId={dossierId} version={version} agencies={askable} />}
    </section>
  );
}
