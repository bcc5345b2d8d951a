import { describe, expect, it } from "vitest";
import { dossierPosition } from "./position";

const agency = { name: "Ủy ban nhân dân phường Tân Ninh" };
const t = (iso: string) => new Date(iso);
const events = [
  {
    createdAt: t("2026-11-02T02:00:00Z"),
    action: "SUBMIT",
    toStatus: "SUBMITTED" as const,
    actor: { fullName: "Công dân" },
    agency: null,
  },
  {
    createdAt: t("2026-11-02T03:00:00Z"),
    action: "RECEIVE",
    toStatus: "RECEIVED" as const,
    actor: { fullName: "Phạm Thị Dung" },
    agency,
  },
  {
    createdAt: t("2026-11-03T03:00:00Z"),
    action: "START_PROCESSING",
    toStatus: "PROCESSING" as const,
    actor: { fullName: "Võ Minh Đức" },
    agency,
  },
];

describe("where a dossier is now", () => {
  it("names the agency, the officer and since when, and flags an overdue dossier", () => {
    const p = dossierPosition(
      { status: "PROCESSING", dueAt: t("2026-11-05T10:00:00Z"), finishedAt: null, agency },
      events,
      t("2026-11-06T00:00:00Z"),
    );
    expect(p).toEqual({
      agency: agency.name,
      officer: "Võ Minh Đức",
      since: events[2].createdAt,
      dueAt: t("2026-11-05T10:00:00Z"),
      completion: null,
      overdue: true,
    });
  });

  it("prefers the assigned specialist, and classifies a finished dossier", () => {
    const p = dossierPosition(
      {
        status: "RESOLVED",
        dueAt: t("2026-11-05T10:00:00Z"),
        finishedAt: t("2026-11-04T03:00:00Z"),
        agency,
        assignee: { fullName: "Bùi Quốc Khánh" },
      },
      events,
    );
    expect(p).toMatchObject({ officer: "Bùi Quốc Khánh", completion: "EARLY", overdue: false });
  });

  it("shows a new online dossier at the agency that will check it", () => {
    const p = dossierPosition({ status: "SUBMITTED", dueAt: null, finishedAt: null, agency }, events.slice(0, 1));
    expect(p).toMatchObject({ agency: agency.name, officer: null, completion: null, overdue: false });
  });

  it("after the applicant answers a supplement, names the officer who asked for it, never the applicant", () => {
    const asked = {
      createdAt: t("2026-11-04T02:00:00Z"),
      action: "REQUEST_SUPPLEMENT_IN_PROCESSING",
      toStatus: "SUPPLEMENT_REQUESTED" as const,
      actor: { fullName: "Võ Minh Đức" },
      agency,
    };
    // The answer is recorded with the dossier's agency and the applicant as actor (lib/supplements).
    const answered = {
      createdAt: t("2026-11-05T01:00:00Z"),
      action: "SUPPLY_IN_PROCESSING",
      toStatus: "PROCESSING" as const,
      actor: { fullName: "Nguyễn Văn An" },
      agency,
    };
    const p = dossierPosition(
      { status: "PROCESSING", dueAt: t("2026-11-20T10:00:00Z"), finishedAt: null, agency },
      [...events, asked, answered],
      t("2026-11-05T02:00:00Z"),
    );
    expect(p).toEqual({
      agency: agency.name,
      officer: "Võ Minh Đức",
      since: t("2026-11-05T01:00:00Z"),
      dueAt: t("2026-11-20T10:00:00Z"),
      completion: null,
      overdue: false,
    });
  });

  it("before reception, the answered supplement goes back to the counter officer who asked for it", () => {
    const p = dossierPosition({ status: "SUBMITTED", dueAt: null, finishedAt: null, agency }, [
      events[0],
      {
        createdAt: t("2026-11-02T04:00:00Z"),
        action: "REQUEST_SUPPLEMENT",
        toStatus: "SUPPLEMENT_REQUESTED" as const,
        actor: { fullName: "Phạm Thị Dung" },
        agency,
      },
      {
        createdAt: t("2026-11-03T01:00:00Z"),
        action: "SUPPLY_BEFORE_RECEPTION",
        toStatus: "SUBMITTED" as const,
        actor: { fullName: "Nguyễn Văn An" },
        agency,
      },
    ]);
    expect(p).toMatchObject({ agency: agency.name, officer: "Phạm Thị Dung" });
  });
});
