import { describe, expect, it } from "vitest";
import { checkFileSize, streamLimit, type SizeRoom } from "./limits";

const MB = 1048576;
const room: SizeRoom = { maxFileBytes: 20 * MB, maxDossierBytes: 100 * MB, usedBytes: 90 * MB };

describe("upload size rules", () => {
  it.each([
    [21 * MB, "FILE_TOO_LARGE", "Tệp vượt quá dung lượng cho phép (20 MB)."],
    [10 * MB + 1, "DOSSIER_TOO_LARGE", "Tổng dung lượng hồ sơ vượt quá 100 MB."],
    [0, "INVALID_INPUT", "Tệp rỗng."],
  ])("refuses %i bytes with %s", (bytes, code, message) => {
    expect(() => checkFileSize(room, bytes)).toThrow(expect.objectContaining({ code, message }));
  });

  it("accepts a file that exactly fills the dossier", () => {
    expect(() => checkFileSize(room, 10 * MB)).not.toThrow();
  });

  it("cuts an undeclared body at the smaller of the file limit and the room left", () => {
    expect(streamLimit(room)).toBe(10 * MB);
    expect(streamLimit({ ...room, usedBytes: 0 })).toBe(20 * MB);
  });
});
