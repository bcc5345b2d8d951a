// Secrets for a local run, generated once and kept in .data/ (never committed). Production
// sets them in the environment instead.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

export function localSecrets(file = ".data/secrets.json"): { NEXTAUTH_SECRET: string; AUTH_CLIENT_SECRET: string } {
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  mkdirSync(".data", { recursive: true });
  const secrets = {
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_CLIENT_SECRET: randomBytes(24).toString("base64url"),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
