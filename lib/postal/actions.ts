"use server";
// Thin server actions of the postal channel: parse, call a command (which checks who may act),
// map expected errors to Vietnamese messages. Staff pages only (Vietnamese, lib/i18n not needed).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "../auth/actor";
import { userMessage } from "../errors";
import { confirmHandover, createHandover } from "./commands/handovers";
import { handResultToPost } from "./commands/hand-result-to-post";
import { recordEventByOfficer } from "./commands/record-by-officer";
import { EVENT_LABEL } from "./shipment-rules";

export type PostalActionState = { error?: string; ok?: string };

const text = (fd: FormData, name: string) => String(fd.get(name) ?? "");

export async function handResultToPostAction(_prev: PostalActionState, fd: FormData): Promise<PostalActionState> {
  const dossierId = text(fd, "dossierId");
  try {
    const s = await handResultToPost(await requireActor(), dossierId);
    revalidatePath(`/can-bo/ho-so/${dossierId}`);
    return { ok: `Đã tạo bưu gửi ${s.trackingNumber}. Lập biên bản giao nhận để bàn giao cho bưu điện.` };
  } catch (e) {
    return { error: userMessage(e) };
  }
}

export async function createHandoverAction(_prev: PostalActionState, fd: FormData): Promise<PostalActionState> {
  const direction = text(fd, "direction") === "DOSSIER_TO_AGENCY" ? "DOSSIER_TO_AGENCY" : "RESULT_TO_CITIZEN";
  let id: string;
  try {
    id = (await createHandover(await requireActor(), text(fd, "agencyId"), direction)).id;
  } catch (e) {
    return { error: userMessage(e) };
  }
  redirect(`/buu-chinh/bien-ban/${id}`);
}

export async function confirmHandoverAction(_prev: PostalActionState, fd: FormData): Promise<PostalActionState> {
  const id = text(fd, "handoverId");
  try {
    const { confirmedAt } = await confirmHandover(await requireActor(), id, text(fd, "side") === "POST" ? "POST" : "AGENCY");
    revalidatePath(`/buu-chinh/bien-ban/${id}`);
    return { ok: confirmedAt ? "Hai bên đã xác nhận biên bản giao nhận." : "Đã xác nhận; chờ bên còn lại xác nhận." };
  } catch (e) {
    return { error: userMessage(e) };
  }
}

export async function recordShipmentEventAction(_prev: PostalActionState, fd: FormData): Promise<PostalActionState> {
  try {
    const r = await recordEventByOfficer(await requireActor(), Object.fromEntries([...fd.entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, String(v)])));
    revalidatePath("/buu-chinh");
    return { ok: `Đã ghi nhận "${EVENT_LABEL[r.status]}" cho bưu gửi ${r.trackingNumber}.` };
  } catch (e) {
    return { error: userMessage(e) };
  }
}
