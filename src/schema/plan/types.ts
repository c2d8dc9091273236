import { builder } from "../../builder.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { AreaCode, LineageKind, ObjectiveKind, PlanStage } from "../../generated/prisma/enums.ts";
import { entityByKey } from "../common/entities.ts";
import { planNode, planNodeKey } from "../common/nodes.ts";
import { pageSize } from "../common/pagination.ts";
import { plan } from "../common/subgraphs.ts";

/** Links to national objectives (from evidence, from force objectives) in the plan's order. */
export const objectiveLinkOrder: Prisma.EvidenceObjectiveOrderByWithRelationInput[] = [
  { objective: { planVersionId: "asc" } },
  { objective: { sortOrder: "asc" } },
  { objectiveId: "asc" },
];

export const PlanStageEnum = builder.enumType(PlanStage, {
  name: "PlanStage",
  description: "Where a version sits in the plan's history (draft → final → refresh → commitment).",
  ...plan,
  values: {
    DRAFT: { description: "The first, draft plan (24 May 2022), published with a public survey." },
    FINAL: { description: "The final version that followed the draft." },
    PROGRESS_REPORT: { description: "A report on progress against an earlier version." },
    REFRESH: { description: "A refreshed plan (e.g. the 2024 progress report and refresh)." },
    COMMITMENT: { description: "The Police Anti-Racism Commitment (26 March 2025) and its maturity matrix." },
  },
});

export const AreaCodeEnum = builder.enumType(AreaCode, {
  name: "AreaCode",
  description: "The plan's four areas of focus that forces report against, plus OVERALL.",
  ...plan,
  values: {
    REPRESENTED: {
      description: "Workforce: recruitment, retention, progression, ethnicity pay gap, mentoring.",
    },
    RESPECTED: {
      description:
        "Respected, not over-policed: stop and search, use of force, Taser, traffic stops, body-worn video.",
    },
    INVOLVED: {
      description:
        "Black communities in governance: Race Inclusion Boards, IAGs, community scrutiny of data and video.",
    },
    PROTECTED: {
      description: "Protected, not under-protected: victims, missing Black people, criminal exploitation.",
    },
    OVERALL: {
      description: "Standards or objectives that apply across the areas (e.g. leadership, culture).",
    },
  },
});

export const ObjectiveKindEnum = builder.enumType(ObjectiveKind, {
  name: "ObjectiveKind",
  ...plan,
  values: {
    OBJECTIVE: { description: "An objective of the plan." },
    COMMITMENT: { description: "A commitment named by the plan (e.g. mandatory training on Black history)." },
    STANDARD: { description: "A standard of the Anti-Racism Commitment's maturity matrix." },
    KEY_MEASURE: { description: "A key performance measure that underpins the standards." },
  },
});

export const LineageKindEnum = builder.enumType(LineageKind, {
  name: "LineageKind",
  description: "How an objective of a later plan version continues one of an earlier version.",
  ...plan,
  values: {
    CARRIED_FORWARD: { description: "Kept unchanged." },
    RENAMED: { description: "Kept with a new title or code." },
    MERGED: { description: "Several earlier objectives became this one." },
    SPLIT: { description: "One earlier objective became several." },
    REGROUPED: { description: "Moved to another area or grouping." },
  },
});

export const PlanVersionRef = builder.prismaNode("PlanVersion", {
  description:
    "One version of the Police Race Action Plan (NPCC and College of Policing). Versions form a chain through `supersedes`.",
  ...planNode,
  fields: (t) => ({
    id: t.exposeID("id", {
      ...planNodeKey,
      description: "Stable slug, e.g. `prap-2022-draft`; the federation key.",
    }),
    title: t.exposeString("title"),
    stage: t.expose("stage", { type: PlanStageEnum }),
    publishedOn: t.expose("publishedOn", {
      type: "Date",
      nullable: true,
      description: "Publication date; null when the exact day is not known (never a guessed day).",
    }),
    url: t.expose("url", { type: "URL", nullable: true }),
    summary: t.exposeString("summary", { nullable: true }),
    supersedes: t.relation("supersedes", {
      nullable: true,
      description: "The version this one replaced; null for the first version.",
    }),
    supersededBy: t.relation("supersededBy", {
      nullable: true,
      description: "The version that replaced this one; null for the current version.",
    }),
    areas: t.relation("areas", {
      description: "The areas of focus of this version, in the plan's order.",
      query: { orderBy: { code: "asc" } },
    }),
    objectives: t.relatedConnection(
      "objectives",
      {
        description: "This version's objectives, commitments and standards in the plan's order.",
        cursor: "id",
        ...pageSize,
        totalCount: true,
        query: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }, { id: "asc" }] },
      },
      plan,
      plan,
    ),
  }),
});

builder.asEntity(PlanVersionRef, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: (ref, ctx, info) =>
    entityByKey(ctx, info, "PlanVersion", (ids, query) =>
      ctx.db.planVersion.findMany({ ...query, where: { id: { in: ids } } }),
    ).load(ref.id),
});

export const PlanAreaRef = builder.prismaObject("PlanArea", {
  description: "An area of focus of one plan version (e.g. Represented).",
  ...plan,
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.expose("code", {
      type: AreaCodeEnum,
      description: "The same code in every version: use it to compare areas across versions.",
    }),
    title: t.exposeString("title"),
    description: t.exposeString("description", { nullable: true }),
    planVersion: t.relation("planVersion"),
    objectives: t.relation("objectives", {
      description: "The objectives of this area, in the plan's order.",
      query: { orderBy: [{ sortOrder: "asc" }, { code: "asc" }, { id: "asc" }] },
    }),
  }),
});

export const ObjectiveRef = builder.prismaNode("Objective", {
  description:
    "A national objective, commitment or standard of one plan version. Follow `predecessors`/`successors` to trace it across versions.",
  ...planNode,
  fields: (t) => ({
    id: t.exposeID("id", { ...planNodeKey, description: "Stable id; the federation key." }),
    kind: t.expose("kind", { type: ObjectiveKindEnum }),
    code: t.exposeString("code", { description: "The code the plan uses, unique within its version." }),
    title: t.exposeString("title"),
    description: t.exposeString("description", { nullable: true }),
    sortOrder: t.exposeInt("sortOrder", { description: "Position in the plan's own listing." }),
    planVersion: t.relation("planVersion"),
    area: t.relation("area", {
      nullable: true,
      description: "The area of focus; null where the plan does not place the objective in one.",
    }),
    predecessors: t.relation("predecessors", {
      description: "Objectives of earlier versions that this one continues, and how.",
      query: { orderBy: { predecessorId: "asc" } },
    }),
    successors: t.relation("successors", {
      description: "Objectives of later versions that continue this one, and how.",
      query: { orderBy: { successorId: "asc" } },
    }),
  }),
});

builder.asEntity(ObjectiveRef, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: (ref, ctx, info) =>
    entityByKey(ctx, info, "Objective", (ids, query) =>
      ctx.db.objective.findMany({ ...query, where: { id: { in: ids } } }),
    ).load(ref.id),
});

builder.prismaObject("ObjectiveLineage", {
  description: "A link between an objective of an earlier plan version and one of a later version.",
  ...plan,
  fields: (t) => ({
    kind: t.expose("kind", { type: LineageKindEnum }),
    predecessor: t.relation("predecessor", { description: "The earlier objective." }),
    successor: t.relation("successor", { description: "The later objective." }),
  }),
});
