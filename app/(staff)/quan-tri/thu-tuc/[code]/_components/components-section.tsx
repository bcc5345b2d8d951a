import { removeProcedureComponentAction, saveProcedureComponentAction } from "@/lib/admin/actions";
import { COPY_TYPES } from "@/lib/admin/procedure-rules";
import type { AdminProcedure } from "@/lib/admin/queries";
import { COPY_TYPE_LABEL } from "@/lib/procedures/labels";
import { AdminForm, Checkbox, Hidden, Select, TextInput } from "../../../_components/admin-form";

type Component = AdminProcedure["components"][number];
const COPY_OPTIONS = COPY_TYPES.map((c) => ({ value: c, label: COPY_TYPE_LABEL[c] }));

function ComponentFields({ c }: { c?: Component }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextInput name="name" label="Tên giấy tờ" defaultValue={c?.name} maxLength={500} className="sm:col-span-2" />
      <Select name="copyType" label="Loại bản" defaultValue={c?.copyType ?? "ORIGINAL"} options={COPY_OPTIONS} />
      <TextInput name="count" label="Số lượng" inputMode="numeric" defaultValue={c?.count ?? 1} />
      <TextInput name="note" label="Ghi chú (không bắt buộc)" defaultValue={c?.note} maxLength={1000} />
      <TextInput
        name="templateUrl"
        label="Đường dẫn mẫu đơn (không bắt buộc)"
        defaultValue={c?.templateUrl}
        maxLength={500}
      />
      <Checkbox name="required" label="Bắt buộc" defaultChecked={c?.required ?? true} />
      <Checkbox
        name="paperAllowed"
        label="Được nộp bản giấy (giấy tờ khổ lớn)"
        defaultChecked={c?.paperAllowed ?? false}
      />
      <Checkbox
        name="satisfiedByEForm"
        label="Là tờ khai của biểu mẫu điện tử (khai trên biểu mẫu, không phải tải lên)"
        defaultChecked={c?.satisfiedByEForm ?? false}
      />
    </div>
  );
}

export function ComponentsSection({ procedure: p }: { procedure: AdminProcedure }) {
  return (
    <section aria-labelledby="thanh-phan" className="space-y-3 rounded bg-white p-4 shadow-sm">
      <h2 id="thanh-phan" className="text-lg font-semibold">
        Thành phần hồ sơ ({p.components.length})
      </h2>
      <ol className="space-y-2">
        {p.components.map((c, i) => (
          <li key={c.id} className="rounded border p-3 text-sm">
            <p>
              <strong>
                {i + 1}. {c.name}
              </strong>
            </p>
            <p className="text-gray-700">
              {COPY_TYPE_LABEL[c.copyType]} · {c.count} bản · {c.required ? "bắt buộc" : "không bắt buộc"}
              {c.paperAllowed ? " · được nộp bản giấy" : ""}
              {c.satisfiedByEForm ? " · khai trên biểu mẫu điện tử" : ""}
            </p>
            <details className="mt-1">
              <summary className="inline-flex min-h-11 cursor-pointer items-center">Sửa hoặc xóa</summary>
              <div className="mt-2 space-y-3">
                <AdminForm
                  action={saveProcedureComponentAction}
                  submitLabel="Lưu thành phần"
                  label={`Sửa thành phần ${i + 1}`}
                >
                  <Hidden name="procedureCode" value={p.code} />
                  <Hidden name="componentId" value={c.id} />
                  <ComponentFields c={c} />
                </AdminForm>
                <AdminForm
                  action={removeProcedureComponentAction}
                  submitLabel="Xóa thành phần này"
                  danger
                  label={`Xóa thành phần ${i + 1}`}
                >
                  <Hidden name="procedureCode" value={p.code} />
                  <Hidden name="componentId" value={c.id} />
                </AdminForm>
              </div>
            </details>
          </li>
        ))}
      </ol>
      <details>
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium">
          Thêm thành phần hồ sơ
        </summary>
        <AdminForm action={saveProcedureComponentAction} submitLabel="Thêm thành phần" label="Thêm thành phần hồ sơ">
          <Hidden name="procedureCode" value={p.code} />
          <ComponentFields />
        </AdminForm>
      </details>
    </section>
  );
}
