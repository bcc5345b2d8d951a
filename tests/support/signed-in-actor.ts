// Route handlers sign nobody in during integration tests: whoever `signedIn.actor` is acts, as
// getServerSession would decide. Use in a test file with
//   vi.mock("../../lib/auth/actor", async (original) => (await import("../support/signed-in-actor")).withSignedInActor(await original()));
import type * as ActorModule from "../../lib/auth/actor";
import { AppError } from "../../lib/errors";

export const signedIn = { actor: null as ActorModule.Actor | null };

export function withSignedInActor(original: typeof ActorModule): typeof ActorModule {
  return {
    ...original,
    getActor: async () => signedIn.actor,
    requireActor: async () => {
      if (!signedIn.actor) throw new AppError("UNAUTHENTICATED", "Vui lòng đăng nhập.");
      return signedIn.actor;
    },
  };
}
