"use client";
import Link from "next/link";
import { useActionState } from "react";
import { saveDeliveryAction, type ActionState } from "@/lib/dossiers/actions";

const OPTIONS = [
  { value: "ELECTRONIC", label: "Nhận kết quả điện tử trên Cổng (lưu vào kho dữ liệu của bạn)" },
  { value: "COUNTER", label: "Nhận tại Bộ phận Một cửa" },
  { value: "POST", label: "Nhận tại nhà qua dịch vụ bưu chính công ích" },
];

type Props = { dossierId: string; current: string; step: number; back: string; postAllowed: boolean };

/** Works without JavaScript too: a plain form posting to a server action. */
export function DeliveryStep({ dossierId, current, step, back, postAllowed }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveDeliveryAction, {});
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="next" value={step + 1} />
      <fieldset className="rounded bg-white p-4 shadow-sm space-y-3">
        <legend className="text-lg font-semibold">Hình thức nhận kết quả</legend>
        {OPTIONS.filter((o) => postAllowed || o.value !== "POST").map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3">
            <input type="radio" name="resultDelivery" value={o.value} defaultChecked={current === o.value} className="h-5 w-5" />
            {o.label}
          </label>
        ))}
        {!postAllowed && <p className="text-sm text-gray-700">Thủ tục yêu cầu có mặt trực tiếp nên không nhận kết quả qua bưu chính.</p>}
      </fieldset>
      {state.error && <p role="alert" className="text-red-700">{state.error}</p>}
      <div className="flex gap-3">
        <Link href={back} className="min-h-11 rounded border px-4 py-2 no-underline">Quay lại</Link>
        <button disabled={pending} className="min-h-11 rounded bg-brand-700 px-5 py-2 font-semibold text-white disabled:opacity-60">Lưu và tiếp tục</button>
      </div>
    </form>
  );
}
