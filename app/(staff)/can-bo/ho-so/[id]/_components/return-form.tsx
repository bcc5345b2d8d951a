"use client";
import { useActionState, useState } from "react";
import { returnResultAction, type ActionState } from "@/lib/dossiers/actions";

/** Hand-over at the counter: the officer checks the recipient's identity document first. */
export function ReturnForm({
  dossierId,
  version,
  applicantName,
}: {
  dossierId: string;
  version: number;
  applicantName: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(returnResultAction, {});
  const [representative, setRepresentative] = useState(false);
  return (
    <form action={formAction} className="rounded bg-white p-4 shadow-sm space-y-2" aria-labelledby="tra-ket-qua">
      <h2 id="tra-ket-qua" className="text-lg font-semibold">
        Trả kết quả tại Bộ phận một cửa
      </h2>
      <p className="text-sm">Kiểm tra giấy tờ tùy thân của người nhận và nhập số định danh cá nhân trên giấy tờ.</p>
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="text-sm">
        <legend className="font-medium">Người nhận</legend>
        <label className="mr-4">
          <input type="radio" name="who" checked={!representative} onChange={() => setRepresentative(false)} /> Người
          nộp hồ sơ
        </label>
        <label>
          <input type="radio" name="who" checked={representative} onChange={() => setRepresentative(true)} /> Người được
          ủy quyền
        </label>
      </fieldset>
      <label className="block text-sm font-medium">
        Họ và tên người nhận
        <input
          name="recipientName"
          defaultValue={representative ? "" : applicantName}
          key={String(representative)}
          required
          maxLength={200}
          className="mt-1 block w-full rounded border px-2 py-1"
        />
      </label>
      <label className="block text-sm font-medium">
        Số định danh cá nhân của người nhận
        <input
          name="recipientPersonalId"
          inputMode="numeric"
          pattern="\d{12}"
          maxLength={12}
          required
          className="mt-1 block w-full rounded border px-2 py-1"
        />
      </label>
      {representative && (
        <label className="block text-sm font-medium">
          Giấy ủy quyền (số, ngày, nơi chứng thực)
          <input name="authorisation" required maxLength={500} className="mt-1 block w-full rounded border px-2 py-1" />
        </label>
      )}
      {state.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <button
        disabled={pending}
        className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        Trả kết quả
      </button>
    </form>
  );
}
