import { removeProcedureFeeAction, saveProcedureFeeAction } from "@/lib/admin/actions";
import type { AdminProcedure } from "@/lib/admin/queries";
import { formDefinitionSchema } from "@/lib/forms/definition";
import { formatVnd } from "@/lib/payments/money";
import { FEE_KIND_LABEL } from "@/lib/procedures/labels";
import { AdminForm, Hidden, Select, TextInput } from "../../../_components/admin-form";

type Fee = AdminProcedure["fees"][number];
const KIND_OPTIONS = [
  { value: "CHARGE", label: FEE_KIND_LABEL.CHARGE },
  { value: "FEE", label: FEE_KIND_LABEL.FEE },
];

type Option = { value: string; label: string };

/** "Cố định cho mỗi hồ sơ", or one of the e-form's number fields as the quantity (per copy…). */
function quantityOptions(p: AdminProcedure): Option[] {
  const definition = formDefinitionSchema.safeParse(p.formDefinition);
  const numbers = definition.success
    ? definition.data.sections.flatMap((s) => s.fields).filter((f) => f.type === "number")
    : [];
  return [
    { value: "", label: "Cố định cho mỗi hồ sơ" },
    ...numbers.map((f) => ({ value: f.name, label: `Nhân với “${f.label}”` })),
  ];
}

function FeeFields({ f, quantity }: { f?: Fee; quantity: Option[] }) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Select name="kind" label="Loại" defaultValue={f?.kind ?? "CHARGE"} options={KIND_OPTIONS} />
      <TextInput
        name="amountVnd"
        label="Mức thu (đồng)"
        inputMode="numeric"
        defaultValue={f?.amountVnd}
        help="0 nếu miễn."
      />
      <TextInput name="description" label="Mô tả (đối tượng, căn cứ)" defaultValue={f?.description} maxLength={1000} />
      <Select name="quantityField" label="Cách tính" defaultValue={f?.quantityField ?? ""} options={quantity} />
      <TextInput
        name="unitName"
        label="Đơn vị tính"
        defaultValue={f?.unitName ?? ""}
        maxLength={30}
        help="Khi tính theo số lượng, ví dụ: bản."
      />
    </div>
  );
}

export function FeesSection({ procedure: p }: { procedure: AdminProcedure }) {
  const quantity = quantityOptions(p);
  return (
    <section aria-labelledby="phi-le-phi" className="space-y-3 rounded bg-white p-4 shadow-sm">
      <h2 id="phi-le-phi" className="text-lg font-semibold">
        Phí, lệ phí ({p.fees.length})
      </h2>
      {p.fees.length === 0 && <p className="text-sm">Không thu phí, lệ phí.</p>}
      <ul className="space-y-2">
        {p.fees.map((f) => (
          <li key={f.id} className="rounded border p-3 text-sm">
            <p>
              <strong>
                {FEE_KIND_LABEL[f.kind]}: {formatVnd(f.amountVnd)}
                {f.quantityField && f.unitName ? `/${f.unitName}` : ""}
              </strong>{" "}
              · {f.description}
            </p>
            <details className="mt-1">
              <summary className="inline-flex min-h-11 cursor-pointer items-center">Sửa hoặc xóa</summary>
              <div className="mt-2 space-y-3">
                <AdminForm action={saveProcedureFeeAction} submitLabel="Lưu mức thu" label="Sửa mức thu">
                  <Hidden name="procedureCode" value={p.code} />
                  <Hidden name="feeId" value={f.id} />
                  <FeeFields f={f} quantity={quantity} />
                </AdminForm>
                <AdminForm action={removeProcedureFeeAction} submitLabel="Xóa mức thu này" danger label="Xóa mức thu">
                  <Hidden name="procedureCode" value={p.code} />
                  <Hidden name="feeId" value={f.id} />
                </AdminForm>
              </div>
            </details>
          </li>
        ))}
      </ul>
      <details>
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium">Thêm phí, lệ phí</summary>
        <AdminForm action={saveProcedureFeeAction} submitLabel="Thêm mức thu" label="Thêm phí, lệ phí">
          <Hidden name="procedureCode" value={p.code} />
          <FeeFields quantity={quantity} />
        </AdminForm>
      </details>
    </section>
  );
}
