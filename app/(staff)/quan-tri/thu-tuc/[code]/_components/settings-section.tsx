import { saveProcedureSettingsAction, setProcedurePublishedAction } from "@/lib/admin/actions";
import type { AdminProcedure } from "@/lib/admin/queries";
import { AdminForm, Checkbox, Hidden } from "../../../_components/admin-form";

export function SettingsSection({ procedure: p }: { procedure: AdminProcedure }) {
  return (
    <section aria-labelledby="cai-dat" className="space-y-3 rounded bg-white p-4 shadow-sm">
      <h2 id="cai-dat" className="text-lg font-semibold">
        Cài đặt chung
      </h2>
      <AdminForm action={saveProcedureSettingsAction} submitLabel="Lưu cài đặt chung" label="Cài đặt chung">
        <Hidden name="procedureCode" value={p.code} />
        <Checkbox
          name="requiresPersonalPresence"
          label="Người nộp phải có mặt trực tiếp (không nộp trực tuyến toàn trình)"
          defaultChecked={p.requiresPersonalPresence}
        />
        <Checkbox
          name="paymentBeforeProcessing"
          label="Nộp phí, lệ phí trước khi xử lý hồ sơ"
          defaultChecked={p.paymentBeforeProcessing}
        />
      </AdminForm>
      <p className="text-sm">
        Trạng thái:{" "}
        {p.published ? (
          "đang công khai trên cổng, công dân nộp được hồ sơ."
        ) : (
          <strong className="text-amber-900">chưa công khai, công dân không thấy thủ tục.</strong>
        )}
      </p>
      <AdminForm
        action={setProcedurePublishedAction}
        submitLabel={p.published ? "Ngừng công khai" : "Công khai thủ tục"}
        danger={p.published}
        label="Công khai thủ tục"
      >
        <Hidden name="procedureCode" value={p.code} />
        <Hidden name="published" value={p.published ? "false" : "true"} />
      </AdminForm>
    </section>
  );
}
