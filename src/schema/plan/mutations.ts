import { z } from "zod";
import { builder } from "../../builder.ts";
import { recordObservation } from "../../services/measure-writes.ts";
import { createObjective, createPlanArea, createPlanVersion } from "../../services/plan-writes.ts";
import { actorOf } from "../../services/writes.ts";
import { writeErrors } from "../common/errors.ts";
import { plan } from "../common/subgraphs.ts";
import { idempotencyKey, longText, SourceInput, shortText, webUrl } from "../evidence/mutations.ts";
import { MeasureObservationRef } from "./force-objectives.ts";
import {
  AreaCodeEnum,
  ObjectiveKindEnum,
  ObjectiveRef,
  PlanAreaRef,
  PlanStageEnum,
  PlanVersionRef,
} from "./types.ts";

const slug = {
  schema: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use a lower-case slug, e.g. prap-2024-refresh"),
};

const RecordObservationInput = builder.inputType("RecordObservationInput", {
  ...plan,
  fields: (t) => ({
    measureId: t.id({ required: true }),
    observedOn: t.field({ type: "Date", required: true }),
    value: t.float({ required: true, validate: { schema: z.number().finite() } }),
    note: t.string({ required: false, validate: longText }),
    source: t.field({ type: SourceInput, required: false, description: "Where the value was published." }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKey }),
  }),
});

const CreatePlanVersionInput = builder.inputType("CreatePlanVersionInput", {
  ...plan,
  fields: (t) => ({
    id: t.id({ required: true, validate: slug }),
    title: t.string({ required: true, validate: shortText }),
    stage: t.field({ type: PlanStageEnum, required: true }),
    publishedOn: t.field({ type: "Date", required: false }),
    url: t.string({ required: false, validate: webUrl }),
    summary: t.string({ required: false, validate: longText }),
    supersedesId: t.id({ required: false }),
  }),
});

const CreatePlanAreaInput = builder.inputType("CreatePlanAreaInput", {
  ...plan,
  fields: (t) => ({
    id: t.id({ required: true, validate: slug }),
    planVersionId: t.id({ required: true }),
    code: t.field({ type: AreaCodeEnum, required: true }),
    title: t.string({ required: true, validate: shortText }),
    description: t.string({ required: false, validate: longText }),
  }),
});

const CreateObjectiveInput = builder.inputType("CreateObjectiveInput", {
  ...plan,
  fields: (t) => ({
    id: t.id({ required: true, validate: slug }),
    planVersionId: t.id({ required: true }),
    areaId: t.id({ required: false }),
    kind: t.field({ type: ObjectiveKindEnum, required: true }),
    code: t.string({ required: true, validate: { minLength: 1, maxLength: 20 } }),
    title: t.string({ required: true, validate: shortText }),
    description: t.string({ required: false, validate: longText }),
    sortOrder: t.int({ required: false }),
  }),
});

const id = (value: string | number) => String(value);
const optionalId = (value: string | number | null | undefined) => (value == null ? null : String(value));

builder.mutationFields((t) => ({
  recordObservation: t.field({
    type: MeasureObservationRef,
    errors: writeErrors("observation"),
    description:
      "Records a measure's value at a date (one a day per measure), with its source: progress towards the target.",
    args: { input: t.arg({ type: RecordObservationInput, required: true }) },
    authScopes: (_root, { input }) => ({
      writeRecord: { entity: "Measure" as const, id: String(input.measureId) },
    }),
    resolve: (_root, { input }, ctx) =>
      recordObservation(ctx.db, actorOf(ctx), { ...input, measureId: String(input.measureId) }),
  }),
  createPlanVersion: t.field({
    type: PlanVersionRef,
    errors: writeErrors("planVersion"),
    description: "Adds a version of the plan (admin only).",
    args: { input: t.arg({ type: CreatePlanVersionInput, required: true }) },
    authScopes: { managePlan: true },
    resolve: (_root, { input }, ctx) =>
      createPlanVersion(ctx.db, actorOf(ctx), {
        ...input,
        id: id(input.id),
        supersedesId: optionalId(input.supersedesId),
      }),
  }),
  createPlanArea: t.field({
    type: PlanAreaRef,
    errors: writeErrors("area"),
    description: "Adds an area of focus to a plan version (admin only).",
    args: { input: t.arg({ type: CreatePlanAreaInput, required: true }) },
    authScopes: { managePlan: true },
    resolve: (_root, { input }, ctx) =>
      createPlanArea(ctx.db, actorOf(ctx), {
        ...input,
        id: id(input.id),
        planVersionId: id(input.planVersionId),
      }),
  }),
  createObjective: t.field({
    type: ObjectiveRef,
    errors: writeErrors("objective"),
    description: "Adds a national objective, commitment or standard to a plan version (admin only).",
    args: { input: t.arg({ type: CreateObjectiveInput, required: true }) },
    authScopes: { managePlan: true },
    resolve: (_root, { input }, ctx) =>
      createObjective(ctx.db, actorOf(ctx), {
        ...input,
        id: id(input.id),
        planVersionId: id(input.planVersionId),
        areaId: optionalId(input.areaId),
      }),
  }),
}));
