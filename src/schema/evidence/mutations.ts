import { z } from "zod";
import { builder } from "../../builder.ts";
import {
  attachEvidenceSource,
  changeEvidenceStatus,
  createEvidence,
  linkEvidence,
  ownerFromInput,
  updateEvidence,
} from "../../services/evidence-writes.ts";
import { actorOf } from "../../services/writes.ts";
import { writeErrors } from "../common/errors.ts";
import { EvidenceKindEnum, EvidenceRef, EvidenceStatusEnum } from "./types.ts";

const plan = ["plan"] as const;

// ─── Shared input rules ──────────────────────────────────────────────────────

/** http(s) URLs only: a link BI users and the public can open. */
export const webUrl = { schema: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }) };
export const shortText = { minLength: 1, maxLength: 300 } as const;
export const longText = { minLength: 1, maxLength: 10_000 } as const;
export const idempotencyKey = {
  schema: z.string().min(8, "use at least 8 characters (a UUID is ideal)").max(200),
};

export const OwnerInput = builder.inputType("OwnerInput", {
  description: "Who owns a record: exactly one of a force, a collaboration, or the national programme.",
  subGraphs: [...plan],
  fields: (t) => ({
    forceId: t.id({ required: false, description: "A force (its slug, e.g. hertfordshire)." }),
    collaborationId: t.id({ required: false, description: "A collaboration (e.g. bch-tri-force)." }),
    national: t.boolean({ required: false, description: "true: the national programme team." }),
  }),
  validate: [
    (owner) =>
      [owner.forceId, owner.collaborationId, owner.national || null].filter((v) => v != null).length === 1,
    { message: "name exactly one owner: forceId, collaborationId or national: true" },
  ],
});

export const SourceInput = builder.inputType("SourceInput", {
  description: "A publication that documents the work.",
  subGraphs: [...plan],
  fields: (t) => ({
    title: t.string({ required: true, validate: shortText }),
    url: t.string({ required: true, validate: webUrl }),
    publishedOn: t.field({ type: "Date", required: false }),
  }),
});

const CreateEvidenceInput = builder.inputType("CreateEvidenceInput", {
  subGraphs: [...plan],
  fields: (t) => ({
    owner: t.field({ type: OwnerInput, required: true }),
    kind: t.field({ type: EvidenceKindEnum, required: true }),
    title: t.string({ required: true, validate: shortText }),
    summary: t.string({ required: true, validate: longText }),
    status: t.field({
      type: EvidenceStatusEnum,
      required: false,
      description: "PLANNED (default), IN_PROGRESS or DELIVERED; verification and withdrawal come later.",
      validate: {
        refine: [
          (s: string | null | undefined) => s == null || ["PLANNED", "IN_PROGRESS", "DELIVERED"].includes(s),
          { message: "new evidence is PLANNED, IN_PROGRESS or DELIVERED" },
        ],
      },
    }),
    startedOn: t.field({ type: "Date", required: false }),
    deliveredOn: t.field({ type: "Date", required: false, description: "Required when DELIVERED." }),
    sourceUrl: t.string({ required: false, validate: webUrl }),
    isPublic: t.boolean({
      required: false,
      description: "Publish before delivery (default false: a draft only the owner and national see).",
    }),
    objectiveIds: t.idList({ required: false, description: "National objectives the work serves." }),
    forceObjectiveIds: t.idList({ required: false, description: "The owner's own objectives it serves." }),
    idempotencyKey: t.string({
      required: false,
      validate: idempotencyKey,
      description: "A key of the client's choosing; a retry with the same key returns the first result.",
    }),
  }),
});

const UpdateEvidenceInput = builder.inputType("UpdateEvidenceInput", {
  description: "Fields left out stay as they are; an explicit null clears a date or the URL.",
  subGraphs: [...plan],
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true, description: "The version you read; a stale one is a ConflictError." }),
    kind: t.field({ type: EvidenceKindEnum, required: false }),
    title: t.string({ required: false, validate: shortText }),
    summary: t.string({ required: false, validate: longText }),
    startedOn: t.field({ type: "Date", required: false }),
    deliveredOn: t.field({ type: "Date", required: false }),
    verifiedOn: t.field({ type: "Date", required: false }),
    sourceUrl: t.string({ required: false, validate: webUrl }),
    isPublic: t.boolean({ required: false }),
  }),
});

const ChangeEvidenceStatusInput = builder.inputType("ChangeEvidenceStatusInput", {
  subGraphs: [...plan],
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    status: t.field({
      type: EvidenceStatusEnum,
      required: true,
      description:
        "PLANNED → IN_PROGRESS → DELIVERED → VERIFIED (verification by national only), or WITHDRAWN; never backwards.",
    }),
    on: t.field({
      type: "Date",
      required: false,
      description: "When it happened (default today): sets startedOn, deliveredOn or verifiedOn.",
    }),
  }),
});

const EvidenceLinksInput = builder.inputType("EvidenceLinksInput", {
  subGraphs: [...plan],
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    objectiveIds: t.idList({ required: false }),
    forceObjectiveIds: t.idList({ required: false }),
  }),
});

const AttachEvidenceSourceInput = builder.inputType("AttachEvidenceSourceInput", {
  subGraphs: [...plan],
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    source: t.field({ type: SourceInput, required: true }),
  }),
});

// ─── Mutations ───────────────────────────────────────────────────────────────

const evidence = writeErrors("evidence");
const existing = (id: string | number) => ({ writeRecord: { entity: "Evidence" as const, id: String(id) } });

builder.mutationFields((t) => ({
  createEvidence: t.field({
    type: EvidenceRef,
    errors: evidence,
    description:
      "Records evidence for a force (its own token), a collaboration it belongs to, or the national programme (national token). Send an idempotencyKey so a retry cannot duplicate.",
    args: { input: t.arg({ type: CreateEvidenceInput, required: true }) },
    authScopes: (_root, { input }) => ({ writeFor: ownerFromInput(input.owner) }),
    resolve: (_root, { input }, ctx) =>
      createEvidence(ctx.db, actorOf(ctx), {
        ...input,
        objectiveIds: input.objectiveIds?.map(String),
        forceObjectiveIds: input.forceObjectiveIds?.map(String),
      }),
  }),
  updateEvidence: t.field({
    type: EvidenceRef,
    errors: evidence,
    description: "Corrects evidence (not its status: see changeEvidenceStatus).",
    args: { input: t.arg({ type: UpdateEvidenceInput, required: true }) },
    authScopes: (_root, { input }) => existing(input.id),
    resolve: (_root, { input }, ctx) =>
      updateEvidence(ctx.db, actorOf(ctx), { ...input, id: String(input.id) }),
  }),
  changeEvidenceStatus: t.field({
    type: EvidenceRef,
    errors: evidence,
    description:
      "Moves evidence along its lifecycle and dates the move. VERIFIED is for the national team (someone other than the owner).",
    args: { input: t.arg({ type: ChangeEvidenceStatusInput, required: true }) },
    authScopes: (_root, { input }) =>
      input.status === "VERIFIED" ? { verifyEvidence: true } : existing(input.id),
    resolve: (_root, { input }, ctx) =>
      changeEvidenceStatus(ctx.db, actorOf(ctx), { ...input, id: String(input.id) }),
  }),
  linkEvidence: t.field({
    type: EvidenceRef,
    errors: evidence,
    description: "Links evidence to national objectives and to its owner's own force objectives.",
    args: { input: t.arg({ type: EvidenceLinksInput, required: true }) },
    authScopes: (_root, { input }) => existing(input.id),
    resolve: (_root, { input }, ctx) => linkEvidence(ctx.db, actorOf(ctx), linksOf(input), true),
  }),
  unlinkEvidence: t.field({
    type: EvidenceRef,
    errors: evidence,
    description: "Removes links to national objectives and force objectives.",
    args: { input: t.arg({ type: EvidenceLinksInput, required: true }) },
    authScopes: (_root, { input }) => existing(input.id),
    resolve: (_root, { input }, ctx) => linkEvidence(ctx.db, actorOf(ctx), linksOf(input), false),
  }),
  attachEvidenceSource: t.field({
    type: EvidenceRef,
    errors: evidence,
    description: "Records the publication (title, URL, date) that documents the evidence.",
    args: { input: t.arg({ type: AttachEvidenceSourceInput, required: true }) },
    authScopes: (_root, { input }) => existing(input.id),
    resolve: (_root, { input }, ctx) =>
      attachEvidenceSource(ctx.db, actorOf(ctx), { ...input, id: String(input.id) }),
  }),
}));

function linksOf(input: {
  id: string | number;
  version: number;
  objectiveIds?: readonly (string | number)[] | null;
  forceObjectiveIds?: readonly (string | number)[] | null;
}) {
  return {
    id: String(input.id),
    version: input.version,
    objectiveIds: input.objectiveIds?.map(String),
    forceObjectiveIds: input.forceObjectiveIds?.map(String),
  };
}
