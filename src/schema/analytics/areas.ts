import { GraphQLError } from "graphql";
import { builder } from "../../builder.ts";
import { type AreaKind, type AreaSpec, areaKey } from "../../services/analytics/areas.ts";
import { workforce } from "../workforce/enums.ts";

export const AreaKindEnum = builder.enumType("AreaKind", {
  description: "What an analytics area is made of.",
  ...workforce,
  values: {
    NATIONAL: { description: "England and Wales: the 43 territorial forces." },
    REGION: { description: "A Home Office police region." },
    COLLABORATION: { description: "The member forces of a collaboration (e.g. bch-tri-force)." },
    FORCES: { description: "Any list of forces (one force is a list of one)." },
    PARTNERS: { description: "The forces sharing a collaboration with one force (not the force itself)." },
  } as const,
});

export const AreaInput = builder.inputType("AreaInput", {
  description:
    "An area to aggregate: give exactly one of national, regionId, collaborationId, forceIds or partnersOf. Counts are summed in SQL over the member forces.",
  ...workforce,
  fields: (t) => ({
    national: t.boolean({ required: false, description: "England and Wales (the 43 territorial forces)." }),
    regionId: t.id({ required: false }),
    collaborationId: t.id({ required: false }),
    forceIds: t.idList({ required: false, description: "Any set of forces, e.g. a peer group." }),
    partnersOf: t.id({ required: false, description: "The collaboration partners of this force." }),
  }),
});

export interface AreaArgs {
  national?: boolean | null;
  regionId?: string | number | null;
  collaborationId?: string | number | null;
  forceIds?: readonly (string | number)[] | null;
  partnersOf?: string | number | null;
}

/** Input → area; no input means England and Wales. */
export function areaFromInput(input: AreaArgs | null | undefined): AreaSpec {
  if (!input) return { kind: "NATIONAL" };
  const given = [
    input.national,
    input.regionId,
    input.collaborationId,
    input.forceIds,
    input.partnersOf,
  ].filter((v) => v != null && v !== false);
  if (given.length !== 1)
    throw new GraphQLError(
      "Give exactly one of national, regionId, collaborationId, forceIds or partnersOf.",
      {
        extensions: { code: "BAD_USER_INPUT" },
      },
    );
  if (input.regionId != null) return { kind: "REGION", id: String(input.regionId) };
  if (input.collaborationId != null) return { kind: "COLLABORATION", id: String(input.collaborationId) };
  if (input.partnersOf != null) return { kind: "PARTNERS", forceId: String(input.partnersOf) };
  if (input.forceIds) {
    if (input.forceIds.length === 0)
      throw new GraphQLError("forceIds must name at least one force.", {
        extensions: { code: "BAD_USER_INPUT" },
      });
    return { kind: "FORCES", ids: input.forceIds.map(String) };
  }
  return { kind: "NATIONAL" };
}

export const AreaRef = builder.objectRef<AreaSpec>("Area").implement({
  description: "The area a figure covers.",
  ...workforce,
  fields: (t) => ({
    key: t.string({
      description: 'Stable key, e.g. "national", "region:south-east", "forces:a,b".',
      resolve: (a) => areaKey(a),
    }),
    kind: t.field({ type: AreaKindEnum, resolve: (a) => a.kind as AreaKind }),
    id: t.id({
      nullable: true,
      description: "The region or collaboration id, or the force whose partners these are.",
      resolve: (a) =>
        a.kind === "REGION" || a.kind === "COLLABORATION" ? a.id : a.kind === "PARTNERS" ? a.forceId : null,
    }),
    forceIds: t.idList({
      nullable: true,
      description: "The chosen forces (FORCES areas only).",
      resolve: (a) => (a.kind === "FORCES" ? [...new Set(a.ids)].sort() : null),
    }),
  }),
});
