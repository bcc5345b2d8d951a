import { describe, expect, it } from "vitest";
import type { Tx } from "../db/create-client";
import { recordTransition } from "./record-transition";

// A transaction that fails the test if recordTransition writes anything.
const untouchable = new Proxy(
  {},
  {
    get: (_, name) => {
      throw new Error(`the refused transition touched tx.${String(name)}`);
    },
  },
) as Tx;

const dossier = { id: "d1", version: 3, agencyId: "a1", applicantEmail: null, code: "X-260101-0001" };
const base = { actorId: "u1", agencyId: "a1" };

describe("recordTransition refuses what the workflow table does not list", () => {
  it("an action from a status it does not start from", async () => {
    await expect(
      recordTransition(untouchable, {
        ...base,
        dossier: { ...dossier, status: "SUBMITTED" },
        action: "APPROVE",
        to: "RESOLVED",
      }),
    ).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
      message: 'Không thể "Phê duyệt kết quả" đối với hồ sơ ở trạng thái hiện tại.',
    });
  });

  it("an action to a status other than its own target", async () => {
    await expect(
      recordTransition(untouchable, {
        ...base,
        dossier: { ...dossier, status: "PROCESSING" },
        action: "RECORD_VERIFICATION",
        to: "RESOLVED",
      }),
    ).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    });
  });

  it("a finished dossier", async () => {
    await expect(
      recordTransition(untouchable, {
        ...base,
        dossier: { ...dossier, status: "RETURNED" },
        action: "RETURN_RESULT",
        to: "RETURNED",
      }),
    ).rejects.toMatchObject({
      code: "TRANSITION_NOT_ALLOWED",
    });
  });
});
