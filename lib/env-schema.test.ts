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
    expect(parseEnv(valid)).toMatchObject({ APP_ENV: "development", AUTH_ACR_VALUES: "LoA2", UPLOAD_MAX_FILE_BYTES: 20 * 1024 * 1024 });
  });

  it("names every missing or invalid variable in one clear message", () => {
    const attempt = () => parseEnv({ ...valid, DATABASE_URL: "mysql://x", NEXTAUTH_SECRET: "short", AUTH_ISSUER: undefined });
    expect(attempt).toThrow(/Invalid environment configuration/);
    expect(attempt).toThrow(/DATABASE_URL: must be a postgresql:\/\/ URL/);
    expect(attempt).toThrow(/NEXTAUTH_SECRET: must be at least 32 characters/);
    expect(attempt).toThrow(/AUTH_ISSUER/);
  });
});
