import { describe, expect, it } from "vitest";
import { dossierPosition } from "./position";

const agency = { name: "Ủy ban nhân dân phường Tân Ninh" };
const t = (iso: string) => new Date(iso);
const events = [
  {
    createdAt: t("2026-11-02T02:00:00Z"),
    toStatus: "SUBMITTED" as const,
    actor: { fullName: "Công dân" },
    agency: null,
  },
  { createdAt: t("2026-11-02T03:00:00Z"), toStatus: "RECEIVED" as const, actor: { fullName: "Phạm Thị Dung" }, agency },
  { createdAt: t("2026-11-03T03:00:00Z"), toStatus: "PROCESSING" as const, actor: { fullName: "Võ Minh Đức" }, agency },
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
});
