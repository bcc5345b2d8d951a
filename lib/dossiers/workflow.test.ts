import { describe, expect, it } from "vitest";
import { DossierStatus, StaffRole } from "../generated/prisma/enums";
import {
  actionsByTable,
  ALLOWED_TRANSITIONS,
  canTransition,
  nextStatus,
  WORKFLOW,
  WORKFLOW_ACTIONS,
  type ActorRole,
} from "./workflow";

const STATUSES = Object.values(DossierStatus);
const ROLES: ActorRole[] = ["CITIZEN", ...Object.values(StaffRole)];

// The expected table, written out by hand: a change to the workflow must change this too.
const EXPECTED: Record<DossierStatus, DossierStatus[]> = {
  DRAFT: ["SUBMITTED", "RECEIVED"],
  SUBMITTED: ["RECEIVED", "SUPPLEMENT_REQUESTED", "REFUSED", "WITHDRAWN"],
  RECEIVED: ["PROCESSING", "AWAITING_PAYMENT", "STOPPED", "WITHDRAWN"],
  REFUSED: [],
  PROCESSING: ["SUPPLEMENT_REQUESTED", "PROCESSING", "RESOLVED", "AWAITING_PAYMENT", "STOPPED", "WITHDRAWN"],
  SUPPLEMENT_REQUESTED: ["SUBMITTED", "PROCESSING", "STOPPED", "WITHDRAWN"],
  AWAITING_PAYMENT: ["PROCESSING", "STOPPED", "WITHDRAWN"],
  WITHDRAWN: [],
  STOPPED: [],
  RESOLVED: ["RETURNED"],
  RETURNED: [],
};

describe("transition table", () => {
  for (const from of STATUSES) {
    for (const to of STATUSES) {
      const allowed = EXPECTED[from].includes(to);
      it(`${from} → ${to} is ${allowed ? "allowed" : "forbidden"}`, () => {
        expect(canTransition(from, to)).toBe(allowed);
      });
    }
  }

  it("lists exactly the expected targets", () => {
    for (const from of STATUSES) expect(new Set(ALLOWED_TRANSITIONS[from])).toEqual(new Set(EXPECTED[from]));
  });
});

describe("actions by role", () => {
  for (const action of WORKFLOW_ACTIONS) {
    const rule = WORKFLOW[action];
    for (const from of STATUSES) {
      for (const role of ROLES) {
        const ok = (rule.from as readonly string[]).includes(from) && (rule.roles as readonly string[]).includes(role);
        it(`${role} ${ok ? "may" : "may not"} ${action} from ${from}`, () => {
          expect(nextStatus(action, from, role)).toBe(ok ? rule.to : null);
        });
      }
    }
  }

  it("offers a counter officer the three reception decisions on a new dossier", () => {
    expect(actionsByTable("SUBMITTED", ["COUNTER_OFFICER"])).toEqual([
      "RECEIVE",
      "REQUEST_SUPPLEMENT",
      "REFUSE_RECEPTION",
    ]);
  });

  it("never lets a citizen decide on a dossier", () => {
    for (const from of STATUSES) {
      for (const a of actionsByTable(from, ["CITIZEN"]))
        expect(["SUBMIT", "SUPPLY_BEFORE_RECEPTION", "SUPPLY_IN_PROCESSING", "WITHDRAW"]).toContain(a);
    }
  });
});
