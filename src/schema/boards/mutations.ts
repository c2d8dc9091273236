import { z } from "zod";
import { builder } from "../../builder.ts";
import {
  addMeetingAction,
  createBoard,
  recordMeeting,
  recordScrutiny,
  updateBoard,
} from "../../services/board-writes.ts";
import { ownerFromInput } from "../../services/evidence-writes.ts";
import { actorOf } from "../../services/writes.ts";
import { writeErrors } from "../common/errors.ts";
import { plan } from "../common/subgraphs.ts";
import { idempotencyKey, longText, OwnerInput, shortText } from "../evidence/mutations.ts";
import {
  ActionStatusEnum,
  BoardRef,
  BoardStatusEnum,
  BoardTypeEnum,
  IndependenceEnum,
  MeetingActionRef,
  MeetingRef,
  ScrutinyActivityRef,
  ScrutinyKindEnum,
} from "./types.ts";

builder.prismaObjectFields(BoardRef, (t) => ({
  version: t.exposeInt("version", {
    description: "Send it back with updateBoard; a write from a stale version is refused (ConflictError).",
  }),
}));
builder.prismaObjectField(MeetingRef, "attendance", (t) =>
  t.exposeInt("attendance", { nullable: true, description: "How many attended; null when not recorded." }),
);

const optionalText = { maxLength: 2_000 } as const;
const count = { schema: z.number().int().min(0, "must not be negative") };

const boardFields = (t: Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0]) => ({
  status: t.field({ type: BoardStatusEnum, required: false }),
  independence: t.field({ type: IndependenceEnum, required: false }),
  chair: t.string({ required: false, validate: optionalText }),
  purpose: t.string({ required: false, validate: optionalText }),
  membershipDescription: t.string({ required: false, validate: optionalText }),
  meetingFrequency: t.string({ required: false, validate: optionalText }),
  establishedOn: t.field({ type: "Date", required: false }),
});

const CreateBoardInput = builder.inputType("CreateBoardInput", {
  ...plan,
  fields: (t) => ({
    owner: t.field({ type: OwnerInput, required: true }),
    type: t.field({ type: BoardTypeEnum, required: true }),
    name: t.string({ required: true, validate: shortText }),
    ...boardFields(t),
    idempotencyKey: t.string({ required: false, validate: idempotencyKey }),
  }),
});

const UpdateBoardInput = builder.inputType("UpdateBoardInput", {
  ...plan,
  description: "Fields left out stay as they are.",
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    type: t.field({ type: BoardTypeEnum, required: false }),
    name: t.string({ required: false, validate: shortText }),
    ...boardFields(t),
  }),
});

const RecordMeetingInput = builder.inputType("RecordMeetingInput", {
  ...plan,
  fields: (t) => ({
    boardId: t.id({ required: true }),
    heldOn: t.field({
      type: "Date",
      required: true,
      description: "A future date records a scheduled meeting.",
    }),
    title: t.string({ required: false, validate: shortText }),
    topics: t.stringList({
      required: false,
      validate: { items: { minLength: 1, maxLength: 300 }, maxLength: 50 },
    }),
    notes: t.string({ required: false, validate: longText }),
    attendance: t.int({ required: false, validate: count }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKey }),
  }),
});

const AddMeetingActionInput = builder.inputType("AddMeetingActionInput", {
  ...plan,
  fields: (t) => ({
    meetingId: t.id({ required: true }),
    description: t.string({ required: true, validate: longText }),
    owner: t.string({
      required: false,
      validate: shortText,
      description: "Who is to do it (a role or name).",
    }),
    dueOn: t.field({ type: "Date", required: false }),
    status: t.field({ type: ActionStatusEnum, required: false, description: "Default OPEN." }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKey }),
  }),
});

const RecordScrutinyInput = builder.inputType("RecordScrutinyInput", {
  ...plan,
  fields: (t) => ({
    boardId: t.id({ required: true }),
    kind: t.field({ type: ScrutinyKindEnum, required: true }),
    occurredOn: t.field({ type: "Date", required: false }),
    description: t.string({ required: true, validate: longText, description: "What was reviewed." }),
    location: t.string({ required: false, validate: shortText }),
    itemsReviewed: t.int({ required: false, validate: count, description: "How many (e.g. videos)." }),
    findings: t.string({ required: false, validate: longText }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKey }),
  }),
});

const ofRecord = (entity: "Board" | "Meeting", id: string | number) => ({
  writeRecord: { entity, id: String(id) },
});

builder.mutationFields((t) => ({
  createBoard: t.field({
    type: BoardRef,
    errors: writeErrors("board"),
    description: "Records a board of a force, a collaboration, or the national programme (owner national).",
    args: { input: t.arg({ type: CreateBoardInput, required: true }) },
    authScopes: (_root, { input }) => ({ writeFor: ownerFromInput(input.owner) }),
    resolve: (_root, { input }, ctx) => createBoard(ctx.db, actorOf(ctx), input),
  }),
  updateBoard: t.field({
    type: BoardRef,
    errors: writeErrors("board"),
    args: { input: t.arg({ type: UpdateBoardInput, required: true }) },
    authScopes: (_root, { input }) => ofRecord("Board", input.id),
    resolve: (_root, { input }, ctx) => updateBoard(ctx.db, actorOf(ctx), { ...input, id: String(input.id) }),
  }),
  recordMeeting: t.field({
    type: MeetingRef,
    errors: writeErrors("meeting"),
    description: "Records a board meeting (one a day per board): date, topics, attendance.",
    args: { input: t.arg({ type: RecordMeetingInput, required: true }) },
    authScopes: (_root, { input }) => ofRecord("Board", input.boardId),
    resolve: (_root, { input }, ctx) =>
      recordMeeting(ctx.db, actorOf(ctx), { ...input, boardId: String(input.boardId) }),
  }),
  addMeetingAction: t.field({
    type: MeetingActionRef,
    errors: writeErrors("action"),
    description: "Records an action agreed at a meeting, with its owner and due date.",
    args: { input: t.arg({ type: AddMeetingActionInput, required: true }) },
    authScopes: (_root, { input }) => ofRecord("Meeting", input.meetingId),
    resolve: (_root, { input }, ctx) =>
      addMeetingAction(ctx.db, actorOf(ctx), { ...input, meetingId: String(input.meetingId) }),
  }),
  recordScrutiny: t.field({
    type: ScrutinyActivityRef,
    errors: writeErrors("scrutiny"),
    description:
      "Records scrutiny a board carried out (a ride-along, a body-worn video review…) and its findings.",
    args: { input: t.arg({ type: RecordScrutinyInput, required: true }) },
    authScopes: (_root, { input }) => ofRecord("Board", input.boardId),
    resolve: (_root, { input }, ctx) =>
      recordScrutiny(ctx.db, actorOf(ctx), { ...input, boardId: String(input.boardId) }),
  }),
}));
