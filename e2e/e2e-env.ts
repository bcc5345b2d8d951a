// Where the end-to-end server runs and with what settings: shared by playwright.config.ts
// and the database preparation, so both agree.
import { TEST_SECRETS, testDatabaseUrl } from "../tests/support/test-env";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const IDP_PORT = Number(process.env.E2E_IDP_PORT ?? 4100);
// The e2e server's mail catcher, derived from the other ports so parallel runs do not clash.
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? IDP_PORT + 1000);
const MAIL_DIR = ".data/e2e/mail";
const STANDIN_PORT = Number(process.env.E2E_STANDIN_PORT ?? IDP_PORT + 2000);

export const E2E = {
  baseURL: `http://localhost:${PORT}`,
  idpURL: `http://localhost:${IDP_PORT}`,
  mailDir: MAIL_DIR,
  databaseUrl: () => testDatabaseUrl(process.env.TEST_DATABASE_URL, "dvc_e2e"),
  serverEnv: () => ({
    ...TEST_SECRETS,
    APP_ENV: "test",
    PORT: String(PORT),
    DEV_IDP_PORT: String(IDP_PORT),
    DATABASE_URL: testDatabaseUrl(process.env.TEST_DATABASE_URL, "dvc_e2e"),
    STORAGE_DIR: ".data/e2e/storage",
    DEV_IDP_STORE: ".data/e2e/idp/identities.json",
    MAIL_CATCHER_PORT: String(SMTP_PORT),
    MAIL_CATCHER_DIR: MAIL_DIR,
    NATIONAL_STANDIN_PORT: String(STANDIN_PORT),
    NATIONAL_STANDIN_DIR: ".data/e2e/national-portal",
    // The specs reuse the sign-ins their setup project stored (e2e/sign-in.setup.ts) for the whole
    // run, which outlasts the 30-minute staff idle limit and the 10-minute step-up; both are tested
    // with a clock in tests/integration/sessions.test.ts.
    STAFF_IDLE_TIMEOUT_MINUTES: "480",
    ADMIN_REAUTH_MINUTES: "480",
  }),
};
