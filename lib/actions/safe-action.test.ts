import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { fieldError } from "../forms/input-error";

const signedIn = vi.hoisted(() => ({ actor: null as { userId: string } | null }));
vi.mock("../auth/actor", () => ({
  requireActor: async () => {
    if (!signedIn.actor) throw new AppError("UNAUTHENTICATED", "Vui lòng đăng nhập.");
    return signedIn.actor;
  },
}));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidated.push(path) }));
// Refusals go to the security log, which needs the database: tests/integration/refusal-log.test.ts covers it.
vi.mock("../security-log/refusal", () => ({ recordRefusal: async () => {} }));

const { runCommand, safeAction } = await import("./safe-action");
const { redirect } = await import("next/navigation");

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};

beforeEach(() => {
  signedIn.actor = { userId: "u1" };
  revalidated.length = 0;
  vi.spyOn(console, "error").mockImplementation(() => {});
});

describe("runCommand", () => {
  it("runs the command as the signed-in actor", async () => {
    expect(await runCommand(async (actor) => actor.userId)).toEqual({ ok: true, value: "u1" });
  });

  it("words an expected refusal by its message, with the fields it names", async () => {
    const refused = await runCommand(async () => {
      throw fieldError("date", "Ngày không hợp lệ.");
    });
    expect(refused).toMatchObject({
      ok: false,
      refusal: { error: "Ngày không hợp lệ.", fieldErrors: { date: "Ngày không hợp lệ." } },
    });
  });

  it("refuses a visitor who is not signed in, without running the command", async () => {
    signedIn.actor = null;
    const command = vi.fn(async () => "done");
    expect(await runCommand(command)).toMatchObject({ ok: false, refusal: { error: "Vui lòng đăng nhập." } });
    expect(command).not.toHaveBeenCalled();
  });

  it("logs an unexpected error and shows one generic sentence", async () => {
    const refused = await runCommand(async () => {
      throw new Error("connection reset");
    });
    expect(refused).toMatchObject({ ok: false, refusal: { error: "Đã có lỗi xảy ra. Vui lòng thử lại sau." } });
    expect(console.error).toHaveBeenCalled();
  });

  it("lets Next.js's redirect through", async () => {
    await expect(runCommand(async () => redirect("/ho-so"))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });
});

describe("safeAction", () => {
  const schema = z.object({ dossierId: z.string().min(1, "Thiếu hồ sơ."), note: z.string().max(3, "Tối đa 3 ký tự.") });

  it("parses, runs, revalidates and answers ok", async () => {
    const command = vi.fn(async (_actor: unknown, input: z.output<typeof schema>) => input.note);
    const action = safeAction(schema, command, { revalidate: ({ dossierId }) => [`/ho-so/${dossierId}`] });
    expect(await action({}, form({ dossierId: "d1", note: "abc" }))).toEqual({ ok: true });
    expect(command).toHaveBeenCalledWith({ userId: "u1" }, { dossierId: "d1", note: "abc" }, expect.any(FormData));
    expect(revalidated).toEqual(["/ho-so/d1"]);
  });

  it("answers a refused input with its first message and runs nothing", async () => {
    const command = vi.fn(async () => undefined);
    const action = safeAction(schema, command);
    expect(await action({}, form({ dossierId: "", note: "abcd" }))).toEqual({ error: "Thiếu hồ sơ." });
    expect(command).not.toHaveBeenCalled();
  });

  it("answers a refused command with its message and revalidates nothing", async () => {
    const action = safeAction(
      schema,
      async () => {
        throw new AppError("STALE_DOSSIER", "Hồ sơ đã thay đổi.");
      },
      { revalidate: () => ["/can-bo"] },
    );
    expect(await action({}, form({ dossierId: "d1", note: "" }))).toEqual({ error: "Hồ sơ đã thay đổi." });
    expect(revalidated).toEqual([]);
  });
});
