import { recordShipmentEventAction } from "@/lib/postal/actions";
import { EVENT_LABEL, MANUAL_EVENTS } from "@/lib/postal/shipment-rules";
import { PostalForm } from "@/components/postal/postal-form";

const input = "mt-1 block min-h-12 w-full rounded border border-gray-500 px-3 py-2 text-lg";

/**
 * Scan (a handheld scanner types the barcode and Enter) or type a tracking number, choose what
 * happened, and send: one plain form, large targets, usable on a phone.
 */
export function ScanForm() {
  return (
    <section aria-labelledby="ghi-nhan" className="space-y-3 rounded bg-white p-4 shadow-sm">
      <h2 id="ghi-nhan" className="text-lg font-semibold">
        Ghi nhận sự kiện bưu gửi
      </h2>
      <PostalForm action={recordShipmentEventAction} hidden={{}} label="Ghi nhận sự kiện bưu gửi" submit="Ghi nhận">
        <label className="block font-medium">
          Số hiệu bưu gửi (quét mã vạch hoặc nhập)
          <input
            name="trackingNumber"
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="RR123456785VN"
            className={`${input} font-mono uppercase`}
          />
        </label>
        <fieldset>
          <legend className="font-medium">Sự kiện</legend>
          {MANUAL_EVENTS.map((k, i) => (
            <label key={k} className="flex min-h-12 items-center gap-3">
              <input type="radio" name="kind" value={k} defaultChecked={i === 0} className="h-6 w-6" /> {EVENT_LABEL[k]}
            </label>
          ))}
        </fieldset>
        <fieldset className="space-y-2 rounded border p-3">
          <legend className="font-medium">Khi phát thành công: kiểm tra giấy tờ tùy thân của người nhận</legend>
          <label className="block">
            Họ và tên người nhận
            <input name="recipientName" maxLength={100} autoComplete="off" className={input} />
          </label>
          <label className="block">
            Số định danh cá nhân của người nhận
            <input name="recipientIdNumber" inputMode="numeric" maxLength={12} autoComplete="off" className={input} />
          </label>
        </fieldset>
        <label className="block">
          Ghi chú (bắt buộc khi phát không thành công: lý do)
          <input name="note" maxLength={500} className={input} />
        </label>
      </PostalForm>
    </section>
  );
}
