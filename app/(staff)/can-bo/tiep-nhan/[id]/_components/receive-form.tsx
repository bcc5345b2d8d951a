"use client";
import { useState, useTransition, type FormEvent, type ReactNode } from "react";
import { receiveAtCounterAction, type IntakeState } from "@/lib/intake/actions";

const OPTIONS = [
  { value: "COUNTER", label: "Nhận kết quả tại Bộ phận Một cửa" },
  { value: "POST", label: "Nhận kết quả tại nhà qua dịch vụ bưu chính công ích" },
  { value: "ELECTRONIC", label: "Nhận kết quả điện tử (trên Cổng Dịch vụ công)" },
];

/** postal: the postal address fields (lib/postal), rendered on the server; required with the post. */
type Props = { dossierId: string; version: number; current: string; postAllowed: boolean; postal?: ReactNode };

/** How the result goes back, then "Tiếp nhận hồ sơ": the dossier gets its code and Mẫu 01 can be printed. */
export function ReceiveForm({ dossierId, version, current, postAllowed, postal }: Props) {
  const [state, setState] = useState<IntakeState>({});
  const [pending, startTransition] = useTransition();

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(async () => setState(await receiveAtCounterAction({}, data)));
  }

  return (
    <form onSubmit={submit} aria-labelledby="tiep-nhan" className="space-y-3 rounded bg-white p-4 shadow-sm">
      <h2 id="tiep-nhan" className="text-lg font-semibold">
        Tiếp nhận
      </h2>
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="version" value={version} />
      <fieldset>
        <legend className="font-medium">Hình thức trả kết quả</legend>
        {OPTIONS.filter((o) => postAllowed || o.value !== "POST").map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3">
            <input
              type="radio"
              name="resultDelivery"
              value={o.value}
              defaultChecked={current === o.value}
              className="h-5 w-5"
            />
            {o.label}
          </label>
        ))}
        {!postAllowed && (
          <p className="text-sm text-gray-700">Thủ tục yêu cầu có mặt trực tiếp nên không trả kết quả qua bưu chính.</p>
        )}
      </fieldset>
      {postAllowed && postal}
      <p className="text-sm text-gray-700">
        Kiểm tra tờ khai đã lưu và đủ giấy tờ bắt buộc (bản quét hoặc nộp bản giấy) trước khi tiếp nhận.
      </p>
      {state.error && (
        <p role="alert" className="text-red-700">
          {state.error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? "Đang tiếp nhận…" : "Tiếp nhận hồ sơ"}
      </button>
    </form>
  );
}
