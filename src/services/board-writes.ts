import { randomUUID } from "node:crypto";
import type { Db } from "../db/database.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type {
  ActionStatus,
  BoardStatus,
  BoardType,
  Independence,
  ScrutinyKind,
} from "../generated/prisma/enums.ts";
import { type Owner, ownerOf } from "../policy/permissions.ts";
import { type OwnerInput, ownerFromInput } from "./evidence-writes.ts";
import { type Actor, assertVersion, audited, idempotentCreate, isStaleWrite, type Tx } from "./writes.ts";

// Writes of boards and what they do: meetings, actions, scrutiny. The board's owner owns them all
// (a national board has no owning force or collaboration). One transaction and audit row each.

export interface BoardFields {
  type?: BoardType | null;
  name?: string | null;
  status?: BoardStatus | null;
  independence?: Independence | null;
  chair?: string | null;
  purpose?: string | null;
  membershipDescription?: string | null;
  meetingFrequency?: string | null;
  establishedOn?: Date | null;
}

async function boardOwner(tx: Tx, boardId: string): Promise<Owner> {
  const board = await tx.board.findUnique({
    where: { id: boardId },
    select: { ownerForceId: true, ownerCollaborationId: true },
  });
  if (!board) throw new NotFoundError("Board", boardId);
  return ownerOf(board);
}

/** A second meeting of one board on one day is a conflict, not a crash. */
function uniqueClash(error: unknown, message: string): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
    throw new ConflictError(message);
  throw error;
}

export function createBoard(
  db: Db,
  actor: Actor,
  input: BoardFields & {
    owner: OwnerInput;
    type: BoardType;
    name: string;
    idempotencyKey?: string | null;
  },
) {
  const owner = ownerFromInput(input.owner);
  return idempotentCreate(db, actor, {
    key: input.idempotencyKey,
    operation: "createBoard",
    find: (tx, id) => tx.board.findUnique({ where: { id } }),
    create: async (tx) => {
      const { owner: _owner, idempotencyKey: _key, ...fields } = input;
      const board = await tx.board.create({
        data: {
          ...fields,
          id: randomUUID(),
          status: input.status ?? "ACTIVE",
          independence: input.independence ?? "NOT_KNOWN",
          ownerForceId: owner.kind === "force" ? owner.forceId : null,
          ownerCollaborationId: owner.kind === "collaboration" ? owner.collaborationId : null,
          provenance: "FORCE_SUBMITTED",
        },
      });
      return {
        result: board,
        change: {
          action: "CREATE",
          entityType: "Board",
          entityId: board.id,
          owner,
          before: null,
          after: board,
        },
      };
    },
  });
}

export function updateBoard(db: Db, actor: Actor, input: BoardFields & { id: string; version: number }) {
  return audited(db, actor, async (tx) => {
    const before = await tx.board.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError("Board", input.id);
    assertVersion("Board", before.version, input.version);
    const { id, version, ...fields } = input;
    // Absent or null leaves a required column as it is; null clears an optional one.
    const data = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    for (const required of ["type", "name", "status", "independence"])
      if (data[required] === null) delete data[required];
    let after: typeof before;
    try {
      after = await tx.board.update({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    } catch (error) {
      if (isStaleWrite(error)) assertVersion("Board", version + 1, version);
      throw error;
    }
    return {
      result: after,
      changes: [
        { action: "UPDATE", entityType: "Board", entityId: id, owner: ownerOf(before), before, after },
      ],
    };
  });
}

export function recordMeeting(
  db: Db,
  actor: Actor,
  input: {
    boardId: string;
    heldOn: Date;
    title?: string | null;
    topics?: readonly string[] | null;
    notes?: string | null;
    attendance?: number | null;
    idempotencyKey?: string | null;
  },
) {
  return idempotentCreate(db, actor, {
    key: input.idempotencyKey,
    operation: "recordMeeting",
    find: (tx, id) => tx.meeting.findUnique({ where: { id } }),
    create: async (tx) => {
      const owner = await boardOwner(tx, input.boardId);
      const meeting = await tx.meeting
        .create({
          data: {
            id: randomUUID(),
            boardId: input.boardId,
            heldOn: input.heldOn,
            title: input.title ?? null,
            topics: [...(input.topics ?? [])],
            notes: input.notes ?? null,
            attendance: input.attendance ?? null,
          },
        })
        .catch((error) => uniqueClash(error, "The board already has a meeting on that day."));
      return {
        result: meeting,
        change: {
          action: "CREATE",
          entityType: "Meeting",
          entityId: meeting.id,
          owner,
          before: null,
          after: meeting,
        },
      };
    },
  });
}

export function addMeetingAction(
  db: Db,
  actor: Actor,
  input: {
    meetingId: string;
    description: string;
    owner?: string | null;
    dueOn?: Date | null;
    status?: ActionStatus | null;
    idempotencyKey?: string | null;
  },
) {
  return idempotentCreate(db, actor, {
    key: input.idempotencyKey,
    operation: "addMeetingAction",
    find: (tx, id) => tx.meetingAction.findUnique({ where: { id } }),
    create: async (tx) => {
      const meeting = await tx.meeting.findUnique({
        where: { id: input.meetingId },
        select: { boardId: true },
      });
      if (!meeting) throw new NotFoundError("Meeting", input.meetingId);
      const owner = await boardOwner(tx, meeting.boardId);
      const action = await tx.meetingAction.create({
        data: {
          id: randomUUID(),
          meetingId: input.meetingId,
          description: input.description,
          owner: input.owner ?? null,
          dueOn: input.dueOn ?? null,
          status: input.status ?? "OPEN",
        },
      });
      return {
        result: action,
        change: {
          action: "CREATE",
          entityType: "MeetingAction",
          entityId: action.id,
          owner,
          before: null,
          after: action,
        },
      };
    },
  });
}

export function recordScrutiny(
  db: Db,
  actor: Actor,
  input: {
    boardId: string;
    kind: ScrutinyKind;
    occurredOn?: Date | null;
    description: string;
    location?: string | null;
    itemsReviewed?: number | null;
    findings?: string | null;
    idempotencyKey?: string | null;
  },
) {
  return idempotentCreate(db, actor, {
    key: input.idempotencyKey,
    operation: "recordScrutiny",
    find: (tx, id) => tx.scrutinyActivity.findUnique({ where: { id } }),
    create: async (tx) => {
      const owner = await boardOwner(tx, input.boardId);
      const { idempotencyKey: _key, ...fields } = input;
      const activity = await tx.scrutinyActivity.create({ data: { ...fields, id: randomUUID() } });
      return {
        result: activity,
        change: {
          action: "CREATE",
          entityType: "ScrutinyActivity",
          entityId: activity.id,
          owner,
          before: null,
          after: activity,
        },
      };
    },
  });
}
