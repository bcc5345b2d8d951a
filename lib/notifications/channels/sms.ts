import "server-only";
import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { Sender } from "../sender";
import { renderSms } from "../templates/topics";
import { postJson } from "./http-post";

export type SmsSettings = { apiUrl?: string; apiKey?: string; sinkFile: string; appUrl: string };

/**
 * SMS through the provider's HTTP API ({ to, text, reference }, bearer key). Without a
 * configured API (development, tests) each message is appended to a JSON-lines sink file
 * instead, so what would have been sent can be read.
 */
export function smsSender(s: SmsSettings): Sender {
  return async (m) => {
    const text = renderSms({ topic: m.topic, payload: m.payload, dossierId: m.dossierId, appUrl: s.appUrl });
    if (s.apiUrl) {
      await postJson(
        s.apiUrl,
        { to: m.recipient, text, reference: m.id },
        m.id,
        s.apiKey ? { authorization: `Bearer ${s.apiKey}` } : {},
      );
      return;
    }
    await mkdir(path.dirname(s.sinkFile), { recursive: true });
    await appendFile(
      s.sinkFile,
      `${JSON.stringify({ id: m.id, to: m.recipient, text, at: new Date().toISOString() })}\n`,
    );
  };
}
