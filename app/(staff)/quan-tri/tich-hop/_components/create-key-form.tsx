"use client";
// Creating an API key: the key is shown here once, right after creation (only its hash is kept).
import { useActionState, useId } from "react";
import { createApiKeyAction, type KeyFormState } from "@/lib/api/admin-actions";

type Props = { scopes: readonly { value: string; label: string }[] };

export function CreateKeyForm({ scopes }: Props) {
  const [state, action, pending] = useActionState<KeyFormState, FormData>(createApiKeyAction, { seq: 0 });
  const id = useId().replace(/:/g, "");
  const v = state.values;
  return (
    <form action={action} noValidate aria-label="Tạo khoá API" className="space-y-3">
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {state.error}
        </p>
      )}
      {state.key && (
        <div role="status" className="space-y-1 rounded border border-green-300 bg-green-50 p-3 text-sm">
          <p>
            Đã tạo khoá cho <strong>{state.name}</strong>. Sao chép và chuyển cho hệ thống đó ngay: khoá{" "}
            <strong>chỉ hiển thị một lần</strong>, hệ thống chỉ lưu mã băm.
          </p>
          <code data-testid="new-api-key" className="block break-all rounded bg-white p-2 font-mono">
            {state.key}
          </code>
        </div>
      )}
      <div key={state.seq} className="space-y-3">
        <div>
          <label htmlFor={`${id}-name`} className="block text-sm font-medium">
            Tên hệ thống dùng khoá
          </label>
          <input
            id={`${id}-name`}
            name="name"
            defaultValue={v?.name ?? ""}
            className="mt-1 min-h-11 w-full rounded border px-3 py-2"
            maxLength={100}
          />
        </div>
        <fieldset>
          <legend className="text-sm font-medium">Phạm vi được phép</legend>
          {scopes.map((s) => (
            <label key={s.value} className="flex min-h-11 cursor-pointer items-center gap-3 text-sm">
              <input
                type="checkbox"
                name={`scope:${s.value}`}
                defaultChecked={v ? v[`scope:${s.value}`] === "on" : false}
                className="size-5 accent-brand-700"
              />
              <span>
                <code>{s.value}</code> — {s.label}
              </span>
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor={`${id}-limit`} className="block text-sm font-medium">
            Giới hạn số yêu cầu mỗi phút
          </label>
          <input
            id={`${id}-limit`}
            name="rateLimitPerMinute"
            inputMode="numeric"
            defaultValue={v?.rateLimitPerMinute ?? "120"}
            className="mt-1 min-h-11 w-40 rounded border px-3 py-2"
          />
        </div>
      </div>
      <button
        disabled={pending}
        className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        Tạo khoá API
      </button>
    </form>
  );
}
