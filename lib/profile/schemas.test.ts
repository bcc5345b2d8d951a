import { describe, expect, it } from "vitest";
import { profileFieldErrors, profileFormValues, profileInputSchema } from "./schemas";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  // What Next.js adds to a server action's form data must not disturb the reading.
  data.append("$ACTION_ID_abc", "");
  return data;
}

const parse = (fields: Record<string, string>) => profileInputSchema.safeParse(profileFormValues(form(fields)));

describe("the profile form", () => {
  it("reads ticked boxes as true and missing ones as false, blanks as no contact detail", () => {
    expect(parse({ contactPhone: "", contactEmail: "", notifyByEmail: "on", language: "vi" })).toEqual({
      success: true,
      data: { contactPhone: null, contactEmail: null, notifyByEmail: true, notifyBySms: false, language: "vi" },
    });
  });

  it("normalises a phone written with spaces or dots and trims the e-mail", () => {
    const r = parse({
      contactPhone: "0912.345 678",
      contactEmail: " a@example.vn ",
      notifyBySms: "on",
      language: "en",
    });
    expect(r.data).toEqual({
      contactPhone: "0912345678",
      contactEmail: "a@example.vn",
      notifyByEmail: false,
      notifyBySms: true,
      language: "en",
    });
  });

  it("gives one clear message per bad field, including tampered checkboxes and a missing language", () => {
    const r = parse({ contactPhone: "12345", contactEmail: "abc", notifyByEmail: "true", notifyBySms: "maybe" });
    expect(r.success).toBe(false);
    expect(profileFieldErrors(r.error!)).toEqual({
      contactPhone: "Số điện thoại liên hệ phải là số di động gồm 10 chữ số, bắt đầu bằng 0 (ví dụ 0912345678).",
      contactEmail: "Thư điện tử liên hệ không hợp lệ (ví dụ: ten@example.vn).",
      notifyByEmail: "Lựa chọn nhận thông báo qua thư điện tử không hợp lệ.",
      notifyBySms: "Lựa chọn nhận thông báo qua tin nhắn SMS không hợp lệ.",
      language: "Vui lòng chọn ngôn ngữ: Tiếng Việt hoặc English.",
    });
  });

  it.each(["091234567", "09123456789", "+84912345678", "1912345678", "09a2345678"])("refuses the phone %s", (phone) => {
    expect(profileFieldErrors(parse({ contactPhone: phone, language: "vi" }).error!)).toEqual({
      contactPhone: "Số điện thoại liên hệ phải là số di động gồm 10 chữ số, bắt đầu bằng 0 (ví dụ 0912345678).",
    });
  });
});
