import { saveFormDefinitionAction } from "@/lib/admin/actions";
import type { AdminProcedure } from "@/lib/admin/queries";
import { AdminForm, Hidden, TextArea } from "../../../_components/admin-form";

export function FormDefinitionSection({ procedure: p }: { procedure: AdminProcedure }) {
  return (
    <section aria-labelledby="to-khai" className="space-y-3 rounded bg-white p-4 shadow-sm">
      <h2 id="to-khai" className="text-lg font-semibold">
        Tờ khai điện tử
      </h2>
      <AdminForm action={saveFormDefinitionAction} submitLabel="Lưu tờ khai" label="Tờ khai điện tử">
        <Hidden name="procedureCode" value={p.code} />
        <TextArea
          name="formDefinition"
          label="Định nghĩa tờ khai (JSON)"
          rows={16}
          defaultValue={JSON.stringify(p.formDefinition, null, 2)}
          help='Dạng {"version": 1, "sections": [{"title": "…", "fields": [{"name": "hoTen", "label": "Họ và tên", "type": "text", "required": true}]}]}. Kiểu trường: text, textarea, date, number, select (cần options), personalId, phone, email.'
        />
      </AdminForm>
    </section>
  );
}
