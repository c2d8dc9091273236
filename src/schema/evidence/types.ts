import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { builder } from "../../builder.ts";
import type { Evidence as EvidenceRow } from "../../generated/prisma/client.ts";
import { EvidenceKind, EvidenceStatus, Provenance } from "../../generated/prisma/enums.ts";
import { canSeeEvidence } from "../../policy/permissions.ts";
import { evidenceOrderBy, evidenceWhere } from "../../services/evidence.ts";
import { viewerReach } from "../../services/reach.ts";
import { nodesOrEdges, ownedConnection } from "../common/connections.ts";
import { planNode, planNodeKey } from "../common/nodes.ts";
import { SortDirectionEnum } from "../common/ordering.ts";
import { pageSize } from "../common/pagination.ts";
import { plan } from "../common/subgraphs.ts";
import { ForceObjectiveRef } from "../plan/force-objectives.ts";
import { AreaCodeEnum, ObjectiveRef, objectiveLinkOrder } from "../plan/types.ts";
import "../plan/sources.ts";

export const EvidenceStatusEnum = builder.enumType(EvidenceStatus, {
  name: "EvidenceStatus",
  description: "How far a piece of evidence has got, and who vouches for it.",
  ...plan,
  values: {
    PLANNED: { description: "Announced or intended; not started (e.g. “looking to set up”)." },
    IN_PROGRESS: { description: "Work under way (e.g. “currently underway”, “working towards”)." },
    DELIVERED: {
      description:
        "Done, on the owner's own word (e.g. launched, published, a board that now meets). Not checked by anyone else.",
    },
    VERIFIED: {
      description:
        "Delivery confirmed by someone other than the owner (e.g. independent scrutiny or inspection); see verifiedOn. A force's press release alone is never VERIFIED.",
    },
    WITHDRAWN: { description: "Stopped or retracted; kept so the record is complete." },
  },
});

export const EvidenceKindEnum = builder.enumType(EvidenceKind, {
  name: "EvidenceKind",
  description: "What kind of work the evidence describes.",
  ...plan,
  values: {
    POLICY: { description: "A policy adopted or revised (e.g. an anti-racism policy)." },
    TRAINING: { description: "Training or learning (e.g. Black history, race input for student officers)." },
    CAMPAIGN: { description: "A campaign, e.g. Positive Action recruitment." },
    SURVEY: { description: "A survey, e.g. a Black workforce survey." },
    BOARD_ACTIVITY: { description: "Work of a board or community scrutiny group." },
    DATASET: { description: "Data published or analysed." },
    STAFF_NETWORK: { description: "Support for or work with a staff network or association." },
    UNIT: { description: "A unit or team set up (e.g. a DEI unit)." },
    PROCESS_CHANGE: { description: "A change to how something is done (e.g. stop and search supervision)." },
    ENGAGEMENT: { description: "Engagement with communities." },
    OTHER: { description: "None of the above." },
  },
});

export const ProvenanceEnum = builder.enumType(Provenance, {
  name: "Provenance",
  description: "How a row came into the hub.",
  ...plan,
  values: {
    PUBLISHED_SOURCE: { description: "Taken from a public publication (see `source`)." },
    FORCE_SUBMITTED: { description: "Entered by the owning force itself; its own claim." },
    IMPORTED: { description: "Loaded from a data file by an importer." },
  },
});

export const EvidenceDateRange = builder.inputType("EvidenceDateRange", {
  description: "An inclusive date range; leave an end out for an open range. Rows with no date never match.",
  ...plan,
  fields: (t) => ({
    from: t.field({ type: "Date", required: false, description: "On or after this day." }),
    to: t.field({ type: "Date", required: false, description: "On or before this day." }),
  }),
});

export const EvidenceFilter = builder.inputType("EvidenceFilter", {
  description:
    "The evidence search. Every field given narrows the result (they combine with AND); an empty list matches nothing.",
  ...plan,
  fields: (t) => ({
    forceIds: t.idList({ required: false, description: "Evidence owned by one of these forces." }),
    includeCollaborations: t.boolean({
      required: false,
      defaultValue: false,
      description:
        "With forceIds: also evidence owned by a collaboration (e.g. BCH) one of those forces belongs to.",
    }),
    collaborationId: t.id({ required: false, description: "Evidence owned by this collaboration." }),
    areaCode: t.field({
      type: AreaCodeEnum,
      required: false,
      description: "Evidence linked to a national objective in this area of focus (in any plan version).",
    }),
    objectiveId: t.id({ required: false, description: "Evidence linked to this national objective." }),
    forceObjectiveId: t.id({ required: false, description: "Evidence linked to this force objective." }),
    sourceId: t.id({ required: false, description: "Evidence taken from this source document." }),
    status: t.field({ type: [EvidenceStatusEnum], required: false, description: "Any of these statuses." }),
    kind: t.field({ type: [EvidenceKindEnum], required: false, description: "Any of these kinds." }),
    startedOn: t.field({ type: EvidenceDateRange, required: false, description: "startedOn in this range." }),
    deliveredOn: t.field({
      type: EvidenceDateRange,
      required: false,
      description: "deliveredOn in this range.",
    }),
    search: t.string({
      required: false,
      description: "Case-insensitive text contained in the title or summary (% and _ match themselves).",
    }),
  }),
});

export const EvidenceOrderField = builder.enumType("EvidenceOrderField", {
  ...plan,
  values: {
    TITLE: { description: "Title, A→Z." },
    STATUS: { description: "Status in its natural order: PLANNED → … → WITHDRAWN." },
    KIND: {},
    STARTED_ON: { description: "startedOn; evidence with no start date comes last." },
    DELIVERED_ON: { description: "deliveredOn; evidence not delivered comes last." },
    UPDATED_AT: { description: "When the hub last changed the row." },
  } as const,
});

export const EvidenceOrder = builder.inputType("EvidenceOrder", {
  description: "Sort order of evidence; ties are broken by id so pages never overlap.",
  ...plan,
  fields: (t) => ({
    field: t.field({ type: EvidenceOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: "ASC" }),
  }),
});

export const EvidenceRef = builder.prismaNode("Evidence", {
  description:
    "Something a force or collaboration did (or plans) towards the plan: a policy, campaign, training, board, survey…, with its status and source. Owned by exactly one force or one collaboration.",
  ...planNode,
  fields: (t) => ({
    id: t.exposeID("id", { ...planNodeKey, description: "Stable id; the federation key." }),
    kind: t.expose("kind", { type: EvidenceKindEnum }),
    title: t.exposeString("title"),
    summary: t.exposeString("summary", {
      description: "What was done, in the source's words where possible.",
    }),
    status: t.expose("status", { type: EvidenceStatusEnum }),
    startedOn: t.expose("startedOn", {
      type: "Date",
      nullable: true,
      description: "Null unless the source gives a date.",
    }),
    deliveredOn: t.expose("deliveredOn", {
      type: "Date",
      nullable: true,
      description: "Null unless delivered and the source gives a date.",
    }),
    verifiedOn: t.expose("verifiedOn", {
      type: "Date",
      nullable: true,
      description: "When delivery was independently confirmed (status VERIFIED).",
    }),
    sourceUrl: t.expose("sourceUrl", {
      type: "URL",
      nullable: true,
      description: "A direct link to the evidence.",
    }),
    ownerForce: t.relation("ownerForce", {
      nullable: true,
      description: "The force that owns this evidence; null when a collaboration owns it.",
    }),
    ownerCollaboration: t.relation("ownerCollaboration", {
      nullable: true,
      description:
        "The collaboration (e.g. BCH tri-force) that owns this evidence; null when a force owns it.",
    }),
    provenance: t.expose("provenance", { type: ProvenanceEnum }),
    source: t.relation("source", {
      nullable: true,
      description: "The publication the evidence was taken from.",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the hub first recorded it." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the hub last changed it." }),
    objectives: t.field({
      type: [ObjectiveRef],
      description:
        "The national objectives this evidence serves, in the plan's order (the hub's mapping; empty where none fits without guessing).",
      select: (_args, _ctx, nestedSelection) => ({
        objectives: {
          orderBy: objectiveLinkOrder,
          select: { objective: nestedSelection(true) },
        },
      }),
      resolve: (evidence) => evidence.objectives.map((link) => link.objective),
    }),
    forceObjectives: t.field({
      type: [ForceObjectiveRef],
      description: "The owner's own objectives this evidence serves.",
      select: (_args, _ctx, nestedSelection) => ({
        forceObjectives: {
          orderBy: { forceObjectiveId: "asc" },
          select: { forceObjective: nestedSelection(true) },
        },
      }),
      resolve: (evidence) => evidence.forceObjectives.map((link) => link.forceObjective),
    }),
  }),
});

builder.asEntity(EvidenceRef, {
  key: builder.selection<{ id: string }>("id"),
  // findUnique so the gateway's batch of references is one query; drafts the viewer may not see are null.
  resolveReference: async (ref, ctx) => {
    const row = await ctx.db.evidence.findUnique({ where: { id: ref.id } });
    return row && canSeeEvidence(await viewerReach(ctx), row) ? row : null;
  },
});

// ─── Evidence lists on other types ────────────────────────────────────────────

// Objective.evidence and ForceObjective.evidence run through a join table (EvidenceObjective,
// EvidenceForceObjective): plugin-prisma's indirect-relation connection (prismaConnectionHelpers).
const linkedEvidenceOptions = {
  ...pageSize,
  // The id keeps the select non-empty when only totalCount is asked for.
  select: (nodeSelection: <T extends true | object>(selection?: T) => T) => ({
    evidence: nodeSelection({ select: { id: true } }),
  }),
  // The row holds whatever the query planned beneath the node (at least the id).
  resolveNode: (link: { evidence: { id: string } }) => link.evidence as EvidenceRow,
};
const objectiveEvidence = prismaConnectionHelpers(builder, "EvidenceObjective", {
  cursor: "evidenceId_objectiveId",
  ...linkedEvidenceOptions,
});
const forceObjectiveEvidence = prismaConnectionHelpers(builder, "EvidenceForceObjective", {
  cursor: "evidenceId_forceObjectiveId",
  ...linkedEvidenceOptions,
});

const evidenceListDescription =
  "Evidence linked to it, across all forces and collaborations; `filter` narrows it, ordered by evidence id.";

/** `<parent>.evidence`: evidence linked through a join table, filtered like `Query.evidence`, by evidence id. */
function linkedEvidence(
  parent: typeof ObjectiveRef | typeof ForceObjectiveRef,
  links: typeof objectiveEvidence | typeof forceObjectiveEvidence,
  description: string,
) {
  // Both parents name their join rows `evidence`, and each join row holds an `evidence` relation: typed
  // as Objective's, the shapes are the same.
  const linkHelpers = links as typeof objectiveEvidence;
  builder.prismaObjectField(parent as typeof ObjectiveRef, "evidence", (t) =>
    t.connection(
      {
        type: EvidenceRef,
        description,
        args: { filter: t.arg({ type: EvidenceFilter, required: false }) },
        select: (args, ctx, nestedSelection) => {
          const where = { evidence: evidenceWhere(args.filter, ctx.viewer) };
          return {
            evidence: {
              ...linkHelpers.getQuery(args, ctx, nodesOrEdges(nestedSelection, "Evidence")),
              where,
              orderBy: { evidenceId: "asc" },
            },
            _count: { select: { evidence: { where } } },
          };
        },
        resolve: (row, args, ctx) => ({
          ...linkHelpers.resolve(row.evidence, args, ctx),
          totalCount: row._count.evidence,
        }),
      },
      {
        ...plan,
        fields: (c) => ({
          totalCount: c.int({
            description: "Matching evidence across all pages.",
            resolve: (r) => r.totalCount,
          }),
        }),
      },
      plan,
    ),
  );
}

linkedEvidence(
  ObjectiveRef,
  objectiveEvidence,
  `${evidenceListDescription} The answer to "what has been done towards this objective".`,
);
linkedEvidence(ForceObjectiveRef, forceObjectiveEvidence, evidenceListDescription);

const ownedEvidenceArgs = builder.args((t) => ({
  filter: t.field({ type: EvidenceFilter, required: false }),
  orderBy: t.field({ type: EvidenceOrder, required: false }),
}));

ownedConnection("evidence", {
  relation: "evidence",
  description: {
    force:
      "Evidence this force owns (not its collaborations'; use `evidence(filter: {forceIds, includeCollaborations: true})` for both).",
    collaboration: "Evidence this collaboration owns jointly (e.g. BCH tri-force work).",
  },
  args: ownedEvidenceArgs,
  query: (args, ctx) => ({
    where: evidenceWhere(args.filter, ctx.viewer),
    orderBy: evidenceOrderBy(args.orderBy),
  }),
});
