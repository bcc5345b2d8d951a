// Where the end-to-end server runs and with what settings: shared by playwright.config.ts
// and the database preparation, so both agree.
import { TEST_SECRETS, testDatabaseUrl } from "../tests/support/test-env";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const IDP_PORT = Number(process.env.E2E_IDP_PORT ?? 4100);

export const E2E = {
  baseURL: `http://localhost:${PORT}`,
  idpURL: `http://localhost:${IDP_PORT}`,
  databaseUrl: () => testDatabaseUrl(process.env.TEST_DATABASE_URL, "dvc_e2e"),
  serverEnv: () => ({
    ...TEST_SECRETS,
    APP_ENV: "test",
    PORT: String(PORT),
    DEV_IDP_PORT: String(IDP_PORT),
    DATABASE_URL: testDatabaseUrl(process.env.TEST_DATABASE_URL, "dvc_e2e"),
    STORAGE_DIR: ".data/e2e/storage",
    DEV_IDP_STORE: ".data/e2e/idp/identities.json",
  }),
};
