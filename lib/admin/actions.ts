"use server";
// Thin server actions of the administration pages: read the form, call the command (which checks
// the actor and the input), map refusals to messages next to the fields (lib/actions/admin-form.ts),
// refresh what changed. The postal tariff's form lives with its feature, in lib/postal/actions.ts.
import { revalidatePath, updateTag } from "next/cache";
import { runAdminForm, textValues } from "../actions/admin-form";
import { deleteCalendarDay } from "./commands/delete-calendar-day";
import { grantStaffRole } from "./commands/grant-staff-role";
import { removeProcedureComponent } from "./commands/remove-procedure-component";
import { revokeStaffRole } from "./commands/revoke-staff-role";
import { setUserDisabled } from "./commands/set-user-disabled";
import { saveAgency } from "./commands/save-agency";
import { saveCalendarDay } from "./commands/save-calendar-day";
import { saveProcedureComponent } from "./commands/save-procedure-component";
import { removeProcedureFee, saveProcedureFee } from "./commands/save-procedure-fee";
import { saveFormDefinition, saveProcedureSettings, setProcedurePublished } from "./commands/save-procedure-settings";
import { saveProcedureSteps } from "./commands/save-procedure-steps";
import { saveProcedureTimings } from "./commands/save-procedure-timings";
import type { AdminFormState } from "../forms/admin-form-state";
import { TIMING_CHANNELS } from "./procedure-time";

type State = AdminFormState;

const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};

// ── Holidays and make-up days ──

const calendarChanged = () => revalidatePath("/quan-tri/ngay-nghi");

export async function saveCalendarDayAction(prev: State, formData: FormData): Promise<State> {
  const original = text(formData, "originalDate");
  const input = { date: text(formData, "date"), kind: text(formData, "kind"), name: text(formData, "name") };
  return runAdminForm(
    prev,
    formData,
    (a) => saveCalendarDay(a, input, original || undefined),
    original ? "Đã lưu thay đổi." : "Đã thêm ngày vào bảng.",
    calendarChanged,
  );
}

export async function deleteCalendarDayAction(prev: State, formData: FormData): Promise<State> {
  return runAdminForm(
    prev,
    formData,
    (a) => deleteCalendarDay(a, text(formData, "date")),
    "Đã xóa ngày khỏi bảng.",
    calendarChanged,
  );
}

// ── Agencies ──

export async function saveAgencyAction(prev: State, formData: FormData): Promise<State> {
  const id = text(formData, "id") || undefined;
  const fields = ["code", "name", "shortName", "address", "phone", "email", "level", "parentId", "unitCode"] as const;
  const input = Object.fromEntries(fields.map((f) => [f, text(formData, f)]));
  return runAdminForm(
    prev,
    formData,
    (a) => saveAgency(a, input, id),
    id ? "Đã lưu thông tin cơ quan." : "Đã thêm cơ quan.",
    () => {
      revalidatePath("/quan-tri/co-quan");
      updateTag("catalogue"); // agency names appear in the catalogue's filters
    },
  );
}

// ── Staff roles ──

const staffChanged = () => revalidatePath("/quan-tri/can-bo");

export async function grantStaffRoleAction(prev: State, formData: FormData): Promise<State> {
  const input = {
    agencyId: text(formData, "agencyId"),
    person: text(formData, "person"),
    role: text(formData, "role"),
  };
  return runAdminForm(prev, formData, (a) => grantStaffRole(a, input), "Đã giao vai trò.", staffChanged);
}

export async function revokeStaffRoleAction(prev: State, formData: FormData): Promise<State> {
  return runAdminForm(
    prev,
    formData,
    (a) => revokeStaffRole(a, text(formData, "membershipId")),
    "Đã thu hồi vai trò.",
    staffChanged,
  );
}

/** Disables a staff member's account (ending their sessions), or enables it again. */
export async function setUserDisabledAction(prev: State, formData: FormData): Promise<State> {
  const disabled = text(formData, "disabled") === "true";
  return runAdminForm(
    prev,
    formData,
    (a) => setUserDisabled(a, text(formData, "userId"), disabled),
    disabled ? "Đã khóa tài khoản và kết thúc mọi phiên đăng nhập của người này." : "Đã mở khóa tài khoản.",
    staffChanged,
  );
}

// ── Procedures ──

function procedureChanged(code: string) {
  return () => {
    revalidatePath(`/quan-tri/thu-tuc/${code}`);
    revalidatePath("/quan-tri/thu-tuc");
    updateTag("catalogue"); // the public catalogue reads through a data cache (lib/procedures/cached.ts)
  };
}

export async function saveProcedureSettingsAction(prev: State, formData: FormData): Promise<State> {
  const code = text(formData, "procedureCode");
  const input = {
    requiresPersonalPresence: formData.get("requiresPersonalPresence") === "on",
    paymentBeforeProcessing: formData.get("paymentBeforeProcessing") === "on",
  };
  return runAdminForm(
    prev,
    formData,
    (a) => saveProcedureSettings(a, code, input),
    "Đã lưu cài đặt chung.",
    procedureChanged(code),
  );
}

export async function setProcedurePublishedAction(prev: State, formData: FormData): Promise<State> {
  const code = text(formData, "procedureCode");
  const published = text(formData, "published") === "true";
  return runAdminForm(
    prev,
    formData,
    (a) => setProcedurePublished(a, code, published),
    published ? "Đã công khai thủ tục." : "Đã ngừng công khai thủ tục.",
    procedureChanged(code),
  );
}

export async function saveProcedureComponentAction(prev: State, formData: FormData): Promise<State> {
  const code = text(formData, "procedureCode");
  const id = text(formData, "componentId") || undefined;
  const input = {
    ...textValues(formData),
    required: formData.get("required") === "on",
    paperAllowed: formData.get("paperAllowed") === "on",
    satisfiedByEForm: formData.get("satisfiedByEForm") === "on",
  };
  return runAdminForm(
    prev,
    formData,
    (a) => saveProcedureComponent(a, code, input, id),
    id ? "Đã lưu thành phần hồ sơ." : "Đã thêm thành phần hồ sơ.",
    procedureChanged(code),
  );
}

export async function removeProcedureComponentAction(prev: State, formData: FormData): Promise<State> {
  const code = text(formData, "procedureCode");
  return runAdminForm(
    prev,
    formData,
    (a) => removeProcedureComponent(a, code, text(formData, "componentId")),
    "Đã xóa thành phần hồ sơ.",
    procedureChanged(code),
  );
}

export async function saveProcedureFeeAction(prev: State, formData: FormData): Promise<State> {
  const code = text(formData, "procedureCode");
  const id = text(formData, "feeId") || undefined;
  return runAdminForm(
    prev,
    formData,
    (a) => saveProcedureFee(a, code, textValues(formData), id),
    id ? "Đã lưu mức phí, lệ phí." : "Đã thêm mức phí, lệ phí.",
    procedureChanged(code),
  );
}

export async function removeProcedureFeeAction(prev: State, formData: FormData): Promise<State> {
  const code = text(formData, "procedureCode");
  return runAdminForm(
    prev,
    formData,
    (a) => removeProcedureFee(a, code, text(formData, "feeId")),
    "Đã xóa mức phí, lệ phí.",
    procedureChanged(code),
  );
}

/** Fields named `timings.ONLINE.amount`; a channel is offered when its box is ticked. */
export async function saveProcedureTimingsAction(prev: State, formData: FormData): Promise<State> {
  const code = text(formData, "procedureCode");
  const channels = TIMING_CHANNELS.filter((c) => formData.get(`timings.${c}.offered`) === "on");
  const input = channels.map((c) => ({
    channel: c,
    amount: text(formData, `timings.${c}.amount`),
    unit: text(formData, `timings.${c}.unit`),
    description: text(formData, `timings.${c}.description`),
  }));
  const locate = (k: string) => {
    const [i, ...rest] = k.split(".");
    return /^\d+$/.test(i) && rest.length
      ? `timings.${channels[Number(i)]}.${rest.join(".")}`
      : k === "_"
        ? "timings"
        : k;
  };
  return runAdminForm(
    prev,
    formData,
    (a) => saveProcedureTimings(a, code, input),
    "Đã lưu thời hạn giải quyết.",
    procedureChanged(code),
    locate,
  );
}

/** Fields named `steps.0.name`; rows left entirely blank are not steps. */
export async function saveProcedureStepsAction(prev: State, formData: FormData): Promise<State> {
  const code = text(formData, "procedureCode");
  const rows = Number(text(formData, "rows")) || 0;
  const all = Array.from({ length: Math.min(rows, 40) }, (_, i) => ({
    name: text(formData, `steps.${i}.name`),
    role: text(formData, `steps.${i}.role`),
    durationHours: text(formData, `steps.${i}.durationHours`),
    row: i,
  }));
  const used = all.filter((s) => s.name.trim() !== "" || s.durationHours.trim() !== "");
  const input = used.map(({ name, role, durationHours }) => ({ name, role, durationHours }));
  const locate = (k: string) => {
    const [i, ...rest] = k.split(".");
    return /^\d+$/.test(i) && rest.length ? `steps.${used[Number(i)].row}.${rest.join(".")}` : "steps";
  };
  return runAdminForm(
    prev,
    formData,
    (a) => saveProcedureSteps(a, code, input),
    "Đã lưu quy trình xử lý.",
    procedureChanged(code),
    locate,
  );
}

export async function saveFormDefinitionAction(prev: State, formData: FormData): Promise<State> {
  const code = text(formData, "procedureCode");
  return runAdminForm(
    prev,
    formData,
    (a) => saveFormDefinition(a, code, text(formData, "formDefinition")),
    "Đã lưu tờ khai điện tử.",
    procedureChanged(code),
  );
}
