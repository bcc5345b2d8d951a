// Signing keys of the development identity provider.
//
// Kept next to the identity store so that a restart of the IdP does not invalidate ID
// tokens the app already holds (and the app's cached JWKS stays right). The file holds a
// private key, but only a throw-away development one; .data/ is git-ignored.

import { generateKeyPairSync, randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { JWK } from "oidc-provider";

export async function loadOrCreateJwks(file: string): Promise<{ keys: JWK[] }> {
  try {
    const jwks = JSON.parse(await readFile(file, "utf8")) as { keys: JWK[] };
    if (Array.isArray(jwks.keys) && jwks.keys.length > 0) return jwks;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  // RS256 is what every client supports by default (openid-client included), so RSA it is.
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...(privateKey.export({ format: "jwk" }) as JWK), kid: randomUUID(), use: "sig", alg: "RS256" };
  const jwks = { keys: [jwk] };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(jwks, null, 2) + "\n", { encoding: "utf8", mode: 0o600 });
  return jwks;
}
