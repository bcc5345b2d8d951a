// ID numbers as the e2e server stores them: sealed with the test keys it runs with
// (tests/support/test-env.ts), found by their keyed hash (lib/crypto/personal-data.ts).
import { idNumberHash, piiKeyring, sealIdNumber } from "../../lib/crypto/personal-data";
import { TEST_SECRETS } from "../../tests/support/test-env";

const ring = piiKeyring(TEST_SECRETS);

/** `where` of the user with this ID number. */
export const userWithPersonalId = (personalId: string) => ({ personalIdHash: idNumberHash(personalId, ring) });

/** The applicant snapshot's ID number columns of a dossier. */
export function applicantPersonalIdColumns(personalId: string) {
  const { sealed, hash } = sealIdNumber(personalId, ring);
  return { applicantPersonalId: sealed, applicantPersonalIdHash: hash };
}
