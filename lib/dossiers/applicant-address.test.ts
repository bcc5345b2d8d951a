import { describe, expect, it } from "vitest";
import { pickApplicantAddress } from "./applicant-address";

const POSTAL = { street: "Số 5, đường 30/4, khu phố 1", communeName: "Phường Tân Ninh", provinceName: "Tỉnh Tây Ninh" };

describe("the applicant's address on printed papers", () => {
  it("prefers what the applicant declared in the e-form", () => {
    expect(pickApplicantAddress({ declared: " Ấp 3, xã Dương Minh Châu ", recorded: "Cũ", postal: POSTAL })).toBe(
      "Ấp 3, xã Dương Minh Châu",
    );
  });

  it("then the dossier's recorded address", () => {
    expect(pickApplicantAddress({ declared: "", recorded: "Số 12, phường Tân Ninh", postal: POSTAL })).toBe(
      "Số 12, phường Tân Ninh",
    );
  });

  it("then the postal delivery address, street, commune and province", () => {
    expect(pickApplicantAddress({ declared: undefined, recorded: null, postal: POSTAL })).toBe(
      "Số 5, đường 30/4, khu phố 1, Phường Tân Ninh, Tỉnh Tây Ninh",
    );
  });

  it("is null when nothing is known", () => {
    expect(pickApplicantAddress({ declared: 42, recorded: "  ", postal: null })).toBeNull();
  });
});
