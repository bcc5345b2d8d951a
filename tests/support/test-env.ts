// Settings shared by the integration tests and the end-to-end server: a database on the
// throwaway server of `npm test`, and local-only secrets. Refuses a non-local database.

export function testDatabaseUrl(baseUrl: string | undefined, database: string): string {
  if (!baseUrl) throw new Error("TEST_DATABASE_URL is not set: run the tests with `npm test`.");
  const url = new URL(baseUrl);
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(url.hostname)) {
    throw new Error(`Refusing to run tests against a non-local database (${url.hostname}).`);
  }
  url.pathname = `/${database}`;
  return url.toString();
}

export const TEST_SECRETS = {
  NEXTAUTH_SECRET: "test-secret-test-secret-test-secret-0123456789",
  AUTH_CLIENT_ID: "dvc-portal",
  AUTH_CLIENT_SECRET: "test-client-secret",
  // Personal data at rest (lib/crypto): fixed so the seeding process and the server agree.
  // "test2" seals; "test1" is an older key still in the ring, as after a rotation.
  PII_ENCRYPTION_KEYS: `test2=${Buffer.alloc(32, 0x22).toString("base64")},test1=${Buffer.alloc(32, 0x11).toString("base64")}`,
  PII_HASH_KEY: Buffer.alloc(32, 0x5a).toString("base64"),
};
