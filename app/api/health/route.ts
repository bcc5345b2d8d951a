import { connection } from "next/server";
import { db } from "@/lib/db";
import { pingScanner, scannerConfigured } from "@/lib/files/malware-scan";

export async function GET() {
  await connection();
  try {
    await db.$queryRaw`SELECT 1`;
    // Reported, not fatal: pages and downloads work without clamd; only uploads wait for it.
    const scanner = !scannerConfigured() ? "not configured" : (await pingScanner()) ? "ok" : "unreachable";
    return Response.json({ status: "ok", database: "ok", scanner });
  } catch {
    return Response.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
}
