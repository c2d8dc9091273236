import { progressTowardsTarget } from "../../analytics/progress.ts";
import { builder } from "../../builder.ts";
import { ownedConnection } from "../common/connections.ts";
import { planNode, planNodeKey } from "../common/nodes.ts";
import { plan } from "../common/subgraphs.ts";
import { ObjectiveRef, objectiveLinkOrder } from "./types.ts";
import "./sources.ts";
import { entityByKey } from "../common/entities.ts";

const DECIMAL_NOTE =
  "Stored as an exact decimal with 4 decimal places and returned as a Float (IEEE double): exact to " +
  "those 4 places for any value below 10^11.";

/** Prisma Decimal (decimal.js) → number; null stays null. */
function toFloat(value: { toNumber(): number } | null | undefined): number | null {
  return value == null ? null : value.toNumber();
}

// Observations are read oldest first by `observations`, `latestObservation` and `progress`; the same
// query lets plugin-prisma load them once for all three.
const observationQuery = { orderBy: [{ observedOn: "asc" as const }] };

export const ForceObjectiveRef = builder.prismaNode("ForceObjective", {
  description:
    "A force's (or a collaboration's) own objective, e.g. Hertfordshire Equality Objective 4, mapped onto national objectives of the plan.",
  ...planNode,
  fields: (t) => ({
    id: t.exposeID("id", { ...planNodeKey, description: "Stable id; the federation key." }),
    code: t.exposeString("code", {
      description: "The owner's own code, unique per owner (e.g. `EO4-2016-2020`).",
    }),
    title: t.exposeString("title"),
    description: t.exposeString("description", { nullable: true }),
    periodStart: t.expose("periodStart", {
      type: "Date",
      nullable: true,
      description: "Null when not stated.",
    }),
    periodEnd: t.expose("periodEnd", { type: "Date", nullable: true, description: "Null when not stated." }),
    ownerForce: t.relation("ownerForce", {
      nullable: true,
      description: "The force that owns the objective; null when a collaboration owns it.",
    }),
    ownerCollaboration: t.relation("ownerCollaboration", {
      nullable: true,
      description:
        "The collaboration (e.g. BCH tri-force) that owns the objective; null when a force owns it.",
    }),
    source: t.relation("source", { nullable: true, description: "Where the objective was published." }),
    objectives: t.field({
      type: [ObjectiveRef],
      description: "The national objectives this local objective serves (the hub's mapping).",
      select: (_args, _ctx, nestedSelection) => ({
        objectives: {
          orderBy: objectiveLinkOrder,
          select: { objective: nestedSelection(true) },
        },
      }),
      resolve: (forceObjective) => forceObjective.objectives.map((link) => link.objective),
    }),
    measures: t.relation("measures", {
      description: "Success measures: baseline, target, unit and due date.",
      query: { orderBy: { id: "asc" } },
    }),
  }),
});

builder.asEntity(ForceObjectiveRef, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: (ref, ctx, info) =>
    entityByKey(ctx, info, "ForceObjective", (ids, query) =>
      ctx.db.forceObjective.findMany({ ...query, where: { id: { in: ids } } }),
    ).load(ref.id),
});

export const MeasureObservationRef = builder.prismaObject("MeasureObservation", {
  description: "A reported value of a measure on a date.",
  ...plan,
  fields: (t) => ({
    id: t.exposeID("id"),
    observedOn: t.expose("observedOn", { type: "Date" }),
    value: t.float({
      description: `The reported value, in the measure's unit. ${DECIMAL_NOTE}`,
      resolve: (o) => o.value.toNumber(),
    }),
    note: t.exposeString("note", { nullable: true }),
  }),
});

builder.prismaObject("Measure", {
  description:
    "A success measure of a force objective. Values are only what was published: a missing baseline, target or observation is null, never 0.",
  ...plan,
  fields: (t) => ({
    id: t.exposeID("id"),
    description: t.exposeString("description"),
    unit: t.exposeString("unit", {
      description:
        'What the values count, e.g. "people", "percent", or "qualitative" for a measure with no number.',
    }),
    scope: t.exposeString("scope", {
      nullable: true,
      description: 'Who the measure covers when not just the owner (e.g. "BCH" for the three forces).',
    }),
    baselineValue: t.float({
      nullable: true,
      description: `The starting value; null when no number was published (see baselineDescription). ${DECIMAL_NOTE}`,
      resolve: (m) => toFloat(m.baselineValue),
    }),
    baselineDate: t.expose("baselineDate", { type: "Date", nullable: true }),
    baselineDescription: t.exposeString("baselineDescription", {
      nullable: true,
      description: 'What the baseline is, in words (e.g. "staff survey July 2016").',
    }),
    targetValue: t.float({
      nullable: true,
      description: `The value to reach; null when no numeric target was published. ${DECIMAL_NOTE}`,
      resolve: (m) => toFloat(m.targetValue),
    }),
    dueDate: t.expose("dueDate", { type: "Date", nullable: true }),
    observations: t.relation("observations", {
      description: "Reported values, oldest first.",
      query: observationQuery,
    }),
    latestObservation: t.field({
      type: MeasureObservationRef,
      nullable: true,
      description: "The most recent reported value; null when none was reported.",
      select: { observations: observationQuery },
      resolve: (m) => m.observations.at(-1) ?? null,
    }),
    progress: t.float({
      nullable: true,
      description:
        "Fraction of the way from baseline to target reached by the latest observation: " +
        "(latest − baseline) ÷ (target − baseline). 0 = at the baseline, 1 = target met, above 1 = exceeded, " +
        "negative = moved away from the target. Null when the baseline, the target or any observation is " +
        "missing, or when the target equals the baseline.",
      select: { baselineValue: true, targetValue: true, observations: observationQuery },
      resolve: (m) =>
        progressTowardsTarget(
          toFloat(m.baselineValue),
          toFloat(m.targetValue),
          toFloat(m.observations.at(-1)?.value),
        ),
    }),
    forceObjective: t.relation("forceObjective"),
  }),
});

builder.prismaObjectField(ObjectiveRef, "forceObjectives", (t) =>
  t.field({
    type: [ForceObjectiveRef],
    description: "Forces' and collaborations' own objectives mapped onto this national objective.",
    select: (_args, _ctx, nestedSelection) => ({
      forceObjectives: {
        orderBy: { forceObjectiveId: "asc" },
        select: { forceObjective: nestedSelection(true) },
      },
    }),
    resolve: (objective) => objective.forceObjectives.map((link) => link.forceObjective),
  }),
);

ownedConnection("forceObjectives", {
  relation: "ownedObjectives",
  description: {
    force: "The force's own objectives (not those of its collaborations), by code.",
    collaboration: "Objectives the collaboration owns jointly, by code.",
  },
  query: { orderBy: [{ code: "asc" }, { id: "asc" }] },
});
