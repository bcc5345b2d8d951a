"use client";
import { useActionState } from "react";
import { issueReappointmentAction, type ReappointmentFormState } from "@/lib/reappointments/actions";

/** The leader confirms the drafted Mẫu 04: the reason for the delay and the new date, both editable. */
export function ReappointmentForm({
  dossierId,
  version,
  newDueDate,
  reason,
}: {
  dossierId: string;
  version: number;
  newDueDate: string;
  reason: string;
}) {
  const [state, formAction, pending] = useActionState<ReappointmentFormState, FormData>(issueReappointmentAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-2 rounded bg-white p-3" aria-labelledby="mau-04">
      <h3 id="mau-04" className="font-semibold">
        Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)
      </h3>
      <p className="text-sm">
        Chỉ được hẹn lại ngày trả kết quả một lần. Người nộp hồ sơ được thông báo ngay khi phiếu được ban hành.
      </p>
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor="m04-reason" className="block text-sm font-medium">
          Lý do chậm trả kết quả
        </label>
        <textarea
          id="m04-reason"
          name="reason"
          rows={3}
          maxLength={2000}
          defaultValue={state.values?.reason ?? reason}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? "m04-reason-error" : undefined}
          className="mt-1 w-full rounded border px-2 py-1"
        />
        {errors.reason && (
          <p id="m04-reason-error" className="text-sm text-red-700">
            {errors.reason}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="m04-date" className="block text-sm font-medium">
          Ngày hẹn trả kết quả mới (17:00)
        </label>
        <input
          id="m04-date"
          type="date"
          name="newDueDate"
          defaultValue={state.values?.newDueDate ?? newDueDate}
          aria-invalid={errors.newDueDate ? true : undefined}
          aria-describedby={errors.newDueDate ? "m04-date-error" : undefined}
          className="mt-1 block min-h-11 rounded border px-2 py-1"
        />
        {errors.newDueDate && (
          <p id="m04-date-error" className="text-sm text-red-700">
            {errors.newDueDate}
          </p>
        )}
      </div>
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <button
        disabled={pending}
        className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        Ban hành Mẫu 04
      </button>
    </form>
  );
}
