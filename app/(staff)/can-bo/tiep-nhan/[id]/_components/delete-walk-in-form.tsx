"use client";
import { useActionState } from "react";
import { deleteWalkInAction, type IntakeState } from "@/lib/intake/actions";

/** The person left without filing: the draft and its scans go. */
export function DeleteWalkInForm({ dossierId }: { dossierId: string }) {
  const [state, action, pending] = useActionState<IntakeState, FormData>(deleteWalkInAction, {});
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!confirm("Xoá hồ sơ đang nhập này cùng các bản quét? Thao tác không thể hoàn tác.")) e.preventDefault();
      }}
    >
      <input type="hidden" name="dossierId" value={dossierId} />
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <button disabled={pending} className="min-h-11 text-sm text-red-700 underline">
        Xoá hồ sơ đang nhập
      </button>
    </form>
  );
}
