import { describe, expect, it } from "vitest";
import { smtpConnectionUrl } from "./email";

describe("SMTP connection settings", () => {
  it("adds the pool and the timeouts to the URL nodemailer reads its settings from", () => {
    const url = new URL(smtpConnectionUrl("smtp://127.0.0.1:2525"));
    expect(url.host).toBe("127.0.0.1:2525");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      pool: "true",
      connectionTimeout: "15000",
      greetingTimeout: "15000",
      socketTimeout: "60000",
    });
  });

  it("keeps what the operator's SMTP_URL sets, and its credentials", () => {
    const url = new URL(
      smtpConnectionUrl(
        "smtps://user:p%40ss@mail.tayninh.gov.vn:465?pool=false&socketTimeout=5000&tls.rejectUnauthorized=false",
      ),
    );
    expect(url.protocol).toBe("smtps:");
    expect(decodeURIComponent(url.password)).toBe("p@ss");
    expect(url.searchParams.get("pool")).toBe("false");
    expect(url.searchParams.get("socketTimeout")).toBe("5000");
    expect(url.searchParams.get("tls.rejectUnauthorized")).toBe("false");
    expect(url.searchParams.get("connectionTimeout")).toBe("15000");
  });
});
