import { type GraphQLNamedType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { type SubGraphName, subGraphNames } from "../../src/builder.ts";
import { monolithSchema, subgraphSchema } from "../../src/schema/build.ts";

// Which subgraph serves each field of a type that several subgraphs share. A field that lands in the
// wrong subgraph (e.g. a workforce field on Force without `...workforce`) changes who resolves it and
// what the gateway plans; this list is the reviewed statement of intent, kept apart from the printed
// SDL so that `npm run schema` cannot silently bless a mistake. Keys: a subgraph, several joined by
// `+`, or `everywhere`; `"*"` = every field not listed under another key (plan entities that
// node(id:) returns). Adding a field to one of these types means adding it here.
const sharedTypes: Record<string, Record<string, string[] | "*">> = {
  Query: {
    organisations: [
      "collaboration",
      "collaborations",
      "force",
      "forces",
      "myForce",
      "node",
      "nodes",
      "regions",
      "viewer",
    ],
    plan: [
      "auditTrail",
      "board",
      "boards",
      "evidence",
      "evidenceItem",
      "myDrafts",
      "objective",
      "objectives",
      "plan",
      "planProgress",
      "plans",
    ],
    workforce: [
      "disproportionality",
      "disproportionalityByForce",
      "nationalRepresentation",
      "policePowers",
      "populationBaselines",
      "populationGrouped",
      "workforce",
      "workforceChange",
      "workforceFlows",
      "workforceGrouped",
      "workforceLeagueTable",
      "workforceMeasure",
      "workforceMovers",
      "workforceTotals",
      "workforceTrend",
    ],
  },
  Force: {
    everywhere: ["id", "nodeId"],
    organisations: [
      "aliases",
      "collaborationPartners",
      "collaborations",
      "country",
      "homeOfficeName",
      "kind",
      "name",
      "notes",
      "pfaCode",
      "pfaName",
      "region",
    ],
    plan: ["boards", "evidence", "evidenceByStatus", "forceObjectives", "planProgress", "upcomingMeetings"],
    workforce: [
      "disproportionality",
      "policePowers",
      "population",
      "representation",
      "workforce",
      "workforceComparison",
      "workforceFlows",
      "workforceTotals",
    ],
  },
  Collaboration: {
    "organisations+plan": ["id", "nodeId"],
    organisations: [
      "description",
      "endDate",
      "functions",
      "kind",
      "memberForces",
      "members",
      "name",
      "shortName",
      "sourceId",
      "startDate",
    ],
    plan: ["boards", "evidence", "forceObjectives"],
  },
  Node: { everywhere: ["nodeId"] },
  PageInfo: { everywhere: ["endCursor", "hasNextPage", "hasPreviousPage", "startCursor"] },
  Board: { "organisations+plan": ["id", "nodeId"], plan: "*" },
  Evidence: { "organisations+plan": ["id", "nodeId"], plan: "*" },
  ForceObjective: { "organisations+plan": ["id", "nodeId"], plan: "*" },
  Objective: { "organisations+plan": ["id", "nodeId"], plan: "*" },
  PlanVersion: { "organisations+plan": ["id", "nodeId"], plan: "*" },
};

type FieldedType = GraphQLNamedType & { getFields(): Record<string, unknown> };
const hasFields = (type: GraphQLNamedType | undefined | null): type is FieldedType =>
  isObjectType(type) || isInterfaceType(type) || isInputObjectType(type);

const subgraphs = Object.fromEntries(subGraphNames.map((name) => [name, subgraphSchema(name)])) as Record<
  SubGraphName,
  ReturnType<typeof subgraphSchema>
>;

function servedBy(typeName: string, field?: string): SubGraphName[] {
  return subGraphNames.filter((name) => {
    const type = subgraphs[name].getType(typeName);
    return field === undefined ? type != null : hasFields(type) && field in type.getFields();
  });
}

const keyOf = (names: SubGraphName[]) =>
  names.length === subGraphNames.length ? "everywhere" : names.length ? names.join("+") : "NO SUBGRAPH";

const hubTypes = Object.values(monolithSchema().getTypeMap()).filter(
  (type): type is FieldedType => !type.name.startsWith("__") && hasFields(type),
);

describe("every field states its subgraph", () => {
  it.each(hubTypes.map((type) => [type.name, type] as const))(
    "%s: each field is served by at least one subgraph",
    (_name, type) => {
      const orphans = Object.keys(type.getFields()).filter(
        (field) => servedBy(type.name, field).length === 0,
      );
      expect(orphans, "add `...plan` / `...workforce` / `...organisations` to these fields").toEqual([]);
    },
  );

  it("the types several subgraphs share are exactly those listed", () => {
    const shared = hubTypes.filter((type) => servedBy(type.name).length > 1).map((type) => type.name);
    expect(shared.sort()).toEqual(Object.keys(sharedTypes).sort());
  });

  it.each(Object.entries(sharedTypes))(
    "%s: each field is served by the subgraphs listed",
    (typeName, listed) => {
      const type = monolithSchema().getType(typeName);
      if (!hasFields(type)) throw new Error(`${typeName} is not in the hub`);
      const actual: Record<string, string[]> = {};
      for (const field of Object.keys(type.getFields()).sort()) {
        const key = keyOf(servedBy(typeName, field));
        actual[key] = [...(actual[key] ?? []), field];
      }
      const expected: Record<string, string[]> = {};
      const named = new Set(Object.values(listed).flatMap((fields) => (fields === "*" ? [] : fields)));
      for (const [key, fields] of Object.entries(listed))
        expected[key] = (
          fields === "*" ? Object.keys(type.getFields()).filter((f) => !named.has(f)) : fields
        ).sort();
      expect(actual).toEqual(expected);
    },
  );
});
