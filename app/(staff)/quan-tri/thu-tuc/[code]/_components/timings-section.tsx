import { saveProcedureTimingsAction } from "@/lib/admin/actions";
import { TIMING_CHANNELS } from "@/lib/admin/procedure-time";
import type { AdminProcedure } from "@/lib/admin/queries";
import { DURATION_UNITS } from "@/lib/deadlines";
import { TIMING_CHANNEL_LABEL } from "@/lib/procedures/labels";
import { AdminForm, Checkbox, FieldMessage, Hidden, Select, TextInput } from "../../../_components/admin-form";

const UNIT_LABEL = {
  WORKING_DAYS: "ngày làm việc",
  CALENDAR_DAYS: "ngày (theo lịch)",
  WORKING_HOURS: "giờ làm việc",
} as const;
const UNIT_OPTIONS = DURATION_UNITS.map((u) => ({ value: u, label: UNIT_LABEL[u] }));

export function TimingsSection({ procedure: p }: { procedure: AdminProcedure }) {
  return (
    <section aria-labelledby="thoi-han" className="space-y-3 rounded bg-white p-4 shadow-sm">
      <h2 id="thoi-han" className="text-lg font-semibold">
        Thời hạn giải quyết theo kênh nộp
      </h2>
      <p className="text-sm text-gray-700">
        &quot;Trong ngày&quot;: 0 ngày làm việc (nhận sau 15 giờ thì trả ngày làm việc kế tiếp).
      </p>
      <AdminForm action={saveProcedureTimingsAction} submitLabel="Lưu thời hạn" label="Thời hạn giải quyết">
        <Hidden name="procedureCode" value={p.code} />
        <FieldMessage name="timings" />
        {TIMING_CHANNELS.map((channel) => {
          const t = p.timings.find((x) => x.channel === channel);
          const base = `timings.${channel}`;
          return (
            <fieldset key={channel} className="rounded border p-3">
              <legend className="px-1 font-medium">{TIMING_CHANNEL_LABEL[channel]}</legend>
              <Checkbox name={`${base}.offered`} label="Có nhận hồ sơ qua kênh này" defaultChecked={Boolean(t)} />
              <div className="grid gap-3 sm:grid-cols-3">
                <TextInput name={`${base}.amount`} label="Thời hạn" inputMode="numeric" defaultValue={t?.amount} />
                <Select
                  name={`${base}.unit`}
                  label="Đơn vị"
                  defaultValue={t?.unit ?? "WORKING_DAYS"}
                  options={UNIT_OPTIONS}
                />
                <TextInput
                  name={`${base}.description`}
                  label="Mô tả (không bắt buộc)"
                  defaultValue={t?.description}
                  maxLength={1000}
                />
              </div>
            </fieldset>
          );
        })}
      </AdminForm>
    </section>
  );
}
