import type { DeadlineWarning } from "@/lib/deadlines";

/** A small flag in the inbox for a deadline about to be missed, or missed, and for a date already given again (Mẫu 04). */
export function DeadlineFlag({
  warning,
  reappointed,
}: {
  warning: DeadlineWarning["kind"] | null;
  reappointed: boolean;
}) {
  return (
    <>
      {warning && (
        <span
          data-testid="deadline-flag"
          className={`inline-block rounded px-1.5 text-xs font-semibold ${warning === "OVERDUE" ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900"}`}
        >
          {warning === "OVERDUE" ? "Đã quá hạn" : "Sắp quá hạn"}
        </span>
      )}
      {reappointed && (
        <span className="ml-1 inline-block rounded bg-gray-100 px-1.5 text-xs font-semibold text-gray-800">
          Đã hẹn lại
        </span>
      )}
    </>
  );
}
