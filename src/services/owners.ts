import type { Db } from "../db/database.ts";
import { type Owner, ownerOf } from "../policy/permissions.ts";

/** Records whose writes depend on who owns them. */
export type OwnedEntity = "Evidence" | "Board" | "Meeting" | "ForceObjective" | "Measure";

const owner = { ownerForceId: true, ownerCollaborationId: true } as const;

/** The owner of an existing record (a meeting's is its board's, a measure's its objective's); null if none. */
export async function ownerOfRecord(db: Db, entity: OwnedEntity, id: string): Promise<Owner | null> {
  switch (entity) {
    case "Evidence": {
      const row = await db.evidence.findUnique({ where: { id }, select: { ...owner, ownerNational: true } });
      if (!row) return null;
      return row.ownerNational ? { kind: "national" } : ownerOf(row);
    }
    case "Board": {
      const row = await db.board.findUnique({ where: { id }, select: owner });
      return row ? ownerOf(row) : null;
    }
    case "Meeting": {
      const row = await db.meeting.findUnique({ where: { id }, select: { board: { select: owner } } });
      return row ? ownerOf(row.board) : null;
    }
    case "ForceObjective": {
      const row = await db.forceObjective.findUnique({ where: { id }, select: owner });
      return row ? ownerOf(row) : null;
    }
    case "Measure": {
      const row = await db.measure.findUnique({
        where: { id },
        select: { forceObjective: { select: owner } },
      });
      return row ? ownerOf(row.forceObjective) : null;
    }
  }
}
