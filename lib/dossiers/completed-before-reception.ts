import "server-only";
import type { Db, Tx } from "../db/create-client";

/**
 * When the citizen last supplied the items asked for at the reception check (Mẫu 02 before
 * reception), or null: the dossier's time runs from then, not from its incomplete filing
 * (lib/deadlines/reception-clock-start.ts).
 */
export async function completedBeforeReceptionAt(client: Db | Tx, dossierId: string): Promise<Date | null> {
  const answered = await client.supplementRequest.findFirst({
    where: { dossierId, stage: "RECEPTION", answeredAt: { not: null } },
    orderBy: { answeredAt: "desc" },
    select: { answeredAt: true },
  });
  return answered?.answeredAt ?? null;
}
