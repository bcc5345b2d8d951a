import { describe, expect, it } from "vitest";
import { parseEnv, webhooksAllowPrivate } from "./env-schema";

const valid = {
  DATABASE_URL: "postgresql://localhost:5432/dvc",
  NEXTAUTH_SECRET: "x".repeat(32),
  AUTH_ISSUER: "https://sso.dichvucong.gov.vn",
  AUTH_CLIENT_ID: "tayninh",
  AUTH_CLIENT_SECRET: "secret",
};
const PII_KEYS = {
  PII_ENCRYPTION_KEYS: `k2=${Buffer.alloc(32, 2).toString("base64")},k1=${Buffer.alloc(32, 1).toString("base64")}`,
  PII_HASH_KEY: Buffer.alloc(32, 9).toString("base64"),
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
        ...PII_KEYS,
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

describe("personal data keys and webhooks", () => {
  const production = {
    ...valid,
    APP_ENV: "production",
    PAYMENT_GATEWAY_URL: "https://pay.vnpay.vn/vpcpay.html",
    PAYMENT_QUERY_URL: "https://merchant.vnpay.vn/merchant_webapi/api/transaction",
    PAYMENT_HASH_SECRET: "s".repeat(32),
    POSTAL_OPERATOR_SECRET: "p".repeat(32),
  };

  it("production refuses to start without the keys, or with private webhooks allowed", () => {
    expect(() => parseEnv(production)).toThrow(/PII_ENCRYPTION_KEYS: is required in production/);
    expect(() => parseEnv(production)).toThrow(/PII_HASH_KEY: is required in production/);
    expect(() => parseEnv({ ...production, ...PII_KEYS, WEBHOOK_ALLOW_PRIVATE: "true" })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE: must not be true in production/,
    );
    // With the keys given, production names no personal-data problem (other settings aside).
    const messageWithKeys = (() => {
      try {
        parseEnv({ ...production, ...PII_KEYS });
        return "";
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(messageWithKeys).not.toMatch(/PII_|WEBHOOK_/);
    expect(webhooksAllowPrivate({ APP_ENV: "production", WEBHOOK_ALLOW_PRIVATE: undefined })).toBe(false);
    expect(parseEnv(valid).NOTIFICATION_PII_RETENTION_DAYS).toBe(90);
  });

  it("checks the key format wherever keys are given, naming the key id but never the key", () => {
    const short = `k1=${Buffer.alloc(16).toString("base64")}`;
    expect(() => parseEnv({ ...valid, ...PII_KEYS, PII_ENCRYPTION_KEYS: short })).toThrow(
      /PII_ENCRYPTION_KEYS: key "k1" must be 32 bytes/,
    );
    expect(() => parseEnv({ ...valid, ...PII_KEYS, PII_HASH_KEY: "c2hvcnQ=" })).toThrow(
      /PII_HASH_KEY: must be at least 32 bytes/,
    );
  });

  it("lets webhooks reach local catchers outside production unless switched off", () => {
    expect(webhooksAllowPrivate(parseEnv(valid))).toBe(true);
    expect(webhooksAllowPrivate(parseEnv({ ...valid, WEBHOOK_ALLOW_PRIVATE: "false" }))).toBe(false);
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
