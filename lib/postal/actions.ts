"use server";
// Thin server actions of the postal channel: parse, call a command (which checks who may act),
// map expected errors to Vietnamese messages (lib/actions/safe-action.ts). Staff pages only
// (Vietnamese, lib/i18n not needed).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runCommand } from "../actions/safe-action";
import { runAdminForm, textValues } from "../actions/admin-form";
import type { AdminFormState } from "../forms/admin-form-state";
import { confirmHandover, createHandover } from "./commands/handovers";
import { handResultToPost } from "./commands/hand-result-to-post";
import { recordEventByOfficer } from "./commands/record-by-officer";
import { removeTariffRow, saveTariffRow } from "./commands/save-tariff-row";
import { EVENT_LABEL } from "./shipment-rules";

export type PostalActionState = { error?: string; ok?: string };

const text = (fd: FormData, name: string) => String(fd.get(name) ?? "");

export async function handResultToPostAction(_prev: PostalActionState, fd: FormData): Promise<PostalActionState> {
  const dossierId = text(fd, "dossierId");
  const handed = await runCommand((actor) => handResultToPost(actor, dossierId));
  if (!handed.ok) return { error: handed.refusal.error };
  revalidatePath(`/can-bo/ho-so/${dossierId}`);
  return { ok: `Đã tạo bưu gửi ${handed.value.trackingNumber}. Lập biên bản giao nhận để bàn giao cho bưu điện.` };
}

export async function createHandoverAction(_prev: PostalActionState, fd: FormData): Promise<PostalActionState> {
  const direction = text(fd, "direction") === "DOSSIER_TO_AGENCY" ? "DOSSIER_TO_AGENCY" : "RESULT_TO_CITIZEN";
  const created = await runCommand((actor) => createHandover(actor, text(fd, "agencyId"), direction));
  if (!created.ok) return { error: created.refusal.error };
  redirect(`/buu-chinh/bien-ban/${created.value.id}`);
}

export async function confirmHandoverAction(_prev: PostalActionState, fd: FormData): Promise<PostalActionState> {
  const id = text(fd, "handoverId");
  const confirmed = await runCommand((actor) =>
    confirmHandover(actor, id, text(fd, "side") === "POST" ? "POST" : "AGENCY"),
  );
  if (!confirmed.ok) return { error: confirmed.refusal.error };
  revalidatePath(`/buu-chinh/bien-ban/${id}`);
  return {
    ok: confirmed.value.confirmedAt
      ? "Hai bên đã xác nhận biên bản giao nhận."
      : "Đã xác nhận; chờ bên còn lại xác nhận.",
  };
}

export async function recordShipmentEventAction(_prev: PostalActionState, fd: FormData): Promise<PostalActionState> {
  const recorded = await runCommand((actor) => recordEventByOfficer(actor, textValues(fd)), undefined, textValues(fd));
  if (!recorded.ok) return { error: recorded.refusal.error };
  revalidatePath("/buu-chinh");
  return { ok: `Đã ghi nhận "${EVENT_LABEL[recorded.value.status]}" cho bưu gửi ${recorded.value.trackingNumber}.` };
}

// ── Postal tariff (/quan-tri/cuoc-buu-chinh), an administration form ──

const tariffChanged = () => revalidatePath("/quan-tri/cuoc-buu-chinh");

export async function saveTariffRowAction(prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = text(formData, "id") || undefined;
  const input = {
    zone: text(formData, "zone"),
    maxGrams: text(formData, "maxGrams"),
    priceVnd: text(formData, "priceVnd"),
  };
  return runAdminForm(
    prev,
    formData,
    (a) => saveTariffRow(a, input, id),
    id ? "Đã lưu giá cước." : "Đã thêm nấc cước.",
    tariffChanged,
  );
}

export async function removeTariffRowAction(prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return runAdminForm(
    prev,
    formData,
    (a) => removeTariffRow(a, text(formData, "id")),
    "Đã xóa nấc cước.",
    tariffChanged,
  );
}
