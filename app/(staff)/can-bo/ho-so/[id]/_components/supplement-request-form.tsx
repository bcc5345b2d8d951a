"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/dossiers/actions";
import { requestSupplementAction } from "@/lib/supplements/actions";

type Component = { id: string; name: string };

/** Mẫu 02: tick each missing or invalid item and say why — asked once, completely. */
export function SupplementRequestForm({
  dossierId,
  version,
  components,
}: {
  dossierId: string;
  version: number;
  components: Component[];
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(requestSupplementAction, {});
  return (
    <details className="rounded border p-3">
      <summary className="cursor-pointer font-semibold">Yêu cầu bổ sung hồ sơ</summary>
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="dossierId" value={dossierId} />
        <input type="hidden" name="version" value={version} />
        <p className="text-sm text-gray-700">
          Chọn từng giấy tờ cần bổ sung, hoàn thiện và ghi rõ lý do. Công dân chỉ bổ sung các mục này.
        </p>
        {components.map((c) => (
          <fieldset key={c.id} className="rounded border p-2">
            <legend className="sr-only">{c.name}</legend>
            <label className="flex min-h-11 items-start gap-2">
              <input type="checkbox" name="componentId" value={c.id} className="mt-1 size-5" />
              <span>{c.name}</span>
            </label>
            <label htmlFor={`reason-${c.id}`} className="block text-sm">
              Lý do
            </label>
            <input id={`reason-${c.id}`} name={`reason-${c.id}`} className="w-full rounded border px-2 py-1" />
          </fieldset>
        ))}
        <fieldset className="rounded border p-2">
          <legend className="px-1 text-sm font-medium">Giấy tờ khác</legend>
          <label htmlFor="otherLabel" className="block text-sm">
            Tên giấy tờ
          </label>
          <input id="otherLabel" name="otherLabel" className="w-full rounded border px-2 py-1" />
          <label htmlFor="otherReason" className="block text-sm">
            Lý do
          </label>
          <input id="otherReason" name="otherReason" className="w-full rounded border px-2 py-1" />
        </fieldset>
        <label htmlFor="supplement-note" className="block text-sm">
          Ghi chú chung (không bắt buộc)
        </label>
        <textarea id="supplement-note" name="note" rows={2} className="w-full rounded border px-2 py-1" />
        {state.error && (
          <p role="alert" className="text-sm text-red-700">
            {state.error}
          </p>
        )}
        <button
          disabled={pending}
          className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          Gửi yêu cầu bổ sung
        </button>
      </form>
    </details>
  );
}
