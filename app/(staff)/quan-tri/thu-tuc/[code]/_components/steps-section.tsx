import { saveProcedureStepsAction } from "@/lib/admin/actions";
import { defaultProcedureSteps, legalWorkingHours, stepBudgetTiming } from "@/lib/admin/procedure-time";
import type { AdminProcedure } from "@/lib/admin/queries";
import { STAFF_ROLE_LABEL, STAFF_ROLES } from "@/lib/admin/roles";
import { durationLabel, TIMING_CHANNEL_LABEL } from "@/lib/procedures/labels";
import { AdminForm, FieldMessage, Hidden, Select, TextInput } from "../../../_components/admin-form";

const ROLE_OPTIONS = STAFF_ROLES.map((r) => ({ value: r, label: STAFF_ROLE_LABEL[r] }));
/** Blank rows offered for new steps; rows left blank are not saved. */
const SPARE_ROWS = 2;

export function StepsSection({ procedure: p }: { procedure: AdminProcedure }) {
  const budget = stepBudgetTiming(p.timings);
  const hours = budget ? legalWorkingHours(budget) : null;
  // Without steps yet, the default workflow for the legal time is proposed (not saved until asked).
  const steps = p.workflowSteps.length > 0 || hours === null ? p.workflowSteps : defaultProcedureSteps(hours);
  const rows = steps.length + SPARE_ROWS;
  return (
    <section aria-labelledby="quy-trinh" className="space-y-3 rounded bg-white p-4 shadow-sm">
      <h2 id="quy-trinh" className="text-lg font-semibold">
        Quy trình xử lý nội bộ
      </h2>
      <p className="text-sm text-gray-700">
        {budget && hours !== null
          ? `Tổng thời gian các bước không được vượt thời hạn ${TIMING_CHANNEL_LABEL[budget.channel].toLowerCase()}: ${durationLabel(budget.amount, budget.unit)} = ${hours} giờ làm việc.`
          : "Chưa khai báo thời hạn giải quyết."}
        {p.workflowSteps.length === 0 &&
          hours !== null &&
          " Chưa có quy trình: các bước dưới đây là quy trình mặc định đề xuất."}
      </p>
      <AdminForm action={saveProcedureStepsAction} submitLabel="Lưu quy trình" label="Quy trình xử lý">
        <Hidden name="procedureCode" value={p.code} />
        <Hidden name="rows" value={rows} />
        <FieldMessage name="steps" />
        <ol className="space-y-2">
          {Array.from({ length: rows }, (_, i) => {
            const s = steps[i];
            return (
              <li key={i} className="grid gap-2 rounded border p-2 sm:grid-cols-[2fr_2fr_1fr]">
                <TextInput
                  name={`steps.${i}.name`}
                  label={`Bước ${i + 1}: tên`}
                  defaultValue={s?.name}
                  maxLength={200}
                />
                <Select
                  name={`steps.${i}.role`}
                  label="Vai trò thực hiện"
                  defaultValue={s?.role ?? "SPECIALIST"}
                  options={ROLE_OPTIONS}
                />
                <TextInput
                  name={`steps.${i}.durationHours`}
                  label="Số giờ làm việc"
                  inputMode="numeric"
                  defaultValue={s?.durationHours}
                />
              </li>
            );
          })}
        </ol>
      </AdminForm>
    </section>
  );
}
