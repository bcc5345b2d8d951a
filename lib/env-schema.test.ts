import { describe, expect, it } from "vitest";
import { parseEnv } from "./env-schema";

const valid = {
  DATABASE_URL: "postgresql://localhost:5432/dvc",
  NEXTAUTH_SECRET: "x".repeat(32),
  AUTH_ISSUER: "https://sso.dichvucong.gov.vn",
  AUTH_CLIENT_ID: "tayninh",
  AUTH_CLIENT_SECRET: "secret",
};

describe("environment validation", () => {
  it("accepts a complete configuration and fills defaults", () => {
    expect(parseEnv(valid)).toMatchObject({
      APP_ENV: "development",
      AUTH_ACR_VALUES: "LoA2",
      UPLOAD_MAX_FILE_BYTES: 20 * 1024 * 1024,
    });
  });

  it("names every missing or invalid variable in one clear message", () => {
    const attempt = () =>
      parseEnv({ ...valid, DATABASE_URL: "mysql://x", NEXTAUTH_SECRET: "short", AUTH_ISSUER: undefined });
    expect(attempt).toThrow(/Invalid environment configuration/);
    expect(attempt).toThrow(/DATABASE_URL: must be a postgresql:\/\/ URL/);
    expect(attempt).toThrow(/NEXTAUTH_SECRET: must be at least 32 characters/);
    expect(attempt).toThrow(/AUTH_ISSUER/);
  });
});

describe("payment gateway settings", () => {
  it("default to the local simulator outside production", () => {
    expect(parseEnv(valid)).toMatchObject({ PAYMENT_TMN_CODE: "DVCTN001", PAYMENT_TIMEOUT_MINUTES: 15 });
    expect(parseEnv(valid).PAYMENT_GATEWAY_URL).toBeUndefined();
  });

  it("must name the real gateway and its secret in production", () => {
    const attempt = () => parseEnv({ ...valid, APP_ENV: "production" });
    expect(attempt).toThrow(/PAYMENT_GATEWAY_URL: is required in production/);
    expect(attempt).toThrow(/PAYMENT_HASH_SECRET: must be the gateway's secret/);
    const real = {
      PAYMENT_GATEWAY_URL: "https://pay.vnpay.vn/vpcpay.html",
      PAYMENT_QUERY_URL: "https://merchant.vnpay.vn/merchant_webapi/api/transaction",
      PAYMENT_HASH_SECRET: "s".repeat(32),
      PAYMENT_TMN_CODE: "TAYNINH1",
    };
    expect(
      parseEnv({
        ...valid,
        APP_ENV: "production",
        ...real,
        POSTAL_OPERATOR_SECRET: "p".repeat(32),
        CLAMD_SOCKET: "/run/clamav/clamd.ctl",
      }),
    ).toMatchObject(real);
  });
});

describe("postal operator API secret", () => {
  it("has a local default, refused in production", () => {
    expect(parseEnv(valid).POSTAL_OPERATOR_SECRET).toMatch(/^local-postal-operator-secret/);
    expect(() => parseEnv({ ...valid, APP_ENV: "production" })).toThrow(
      /POSTAL_OPERATOR_SECRET: must be the secret shared with the postal operator/,
    );
    expect(() => parseEnv({ ...valid, POSTAL_OPERATOR_SECRET: "short" })).toThrow(
      /POSTAL_OPERATOR_SECRET: must be at least 32 characters/,
    );
  });
});

describe("malware scanner settings", () => {
  const production = {
    ...valid,
    APP_ENV: "production",
    PAYMENT_GATEWAY_URL: "https://pay.vnpay.vn/vpcpay.html",
    PAYMENT_QUERY_URL: "https://merchant.vnpay.vn/merchant_webapi/api/transaction",
    PAYMENT_HASH_SECRET: "s".repeat(32),
    POSTAL_OPERATOR_SECRET: "p".repeat(32),
  };
  const problems = (source: Record<string, string | undefined>) => {
    try {
      parseEnv(source);
      return "";
    } catch (e) {
      return (e as Error).message;
    }
  };

  it("production names clamd's socket or port, unless unscanned uploads are accepted on purpose", () => {
    expect(problems(production)).toMatch(/CLAMD_SOCKET: \(or CLAMD_PORT\) is required in production/);
    expect(problems({ ...production, CLAMD_SOCKET: "/run/clamav/clamd.ctl" })).not.toMatch(/CLAMD/);
    expect(problems({ ...production, CLAMD_HOST: "10.0.0.5", CLAMD_PORT: "3310" })).not.toMatch(/CLAMD/);
    expect(problems({ ...production, CLAMD_REQUIRED: "false" })).not.toMatch(/CLAMD/);
  });

  it("reads CLAMD_REQUIRED as a boolean and checks the port", () => {
    expect(parseEnv({ ...valid, CLAMD_REQUIRED: "true" }).CLAMD_REQUIRED).toBe(true);
    expect(parseEnv({ ...valid, CLAMD_REQUIRED: "false" }).CLAMD_REQUIRED).toBe(false);
    expect(parseEnv(valid).CLAMD_REQUIRED).toBeUndefined();
    expect(problems({ ...valid, CLAMD_PORT: "99999" })).toMatch(/CLAMD_PORT/);
  });
});
