"use server";
import { submitUpload } from "./store";

/** The baseline's submit: a server action answering with a small result, as the portal's does. */
export async function submitBaselineAction(id: string): Promise<{ ok: boolean; code?: string }> {
  return (await submitUpload(id)) ? { ok: true, code: id.slice(0, 8) } : { ok: false };
}
