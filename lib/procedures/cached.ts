import "server-only";
import { unstable_cache } from "next/cache";
import { getProcedureByCode, listProcedures } from "./queries";
import { loadCatalogueFilterOptions, searchProcedures } from "./search";

// The public catalogue changes rarely and is read by everyone: pages read it through this
// data cache (keyed by the arguments), refreshed every 5 minutes or at once by
// revalidateTag("catalogue") when an administrator edits a procedure. Tests and commands use
// the uncached functions.
const CATALOGUE = { revalidate: 300, tags: ["catalogue"] };

export const cachedListProcedures = unstable_cache(listProcedures, ["catalogue-list"], CATALOGUE);
export const cachedSearchProcedures = unstable_cache(searchProcedures, ["catalogue-search"], CATALOGUE);
export const cachedFilterOptions = unstable_cache(loadCatalogueFilterOptions, ["catalogue-filters"], CATALOGUE);
export const cachedProcedure = unstable_cache(
  async (code: string) => getProcedureByCode(code),
  ["catalogue-procedure"],
  CATALOGUE,
);
