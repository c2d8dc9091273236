import type { SubGraphName } from "../../builder.ts";

// Relay's node(id:) lives in the organisations subgraph (one place answers every global id). A plan
// entity is therefore also declared there, with only its key and nodeId; the gateway fetches every
// other field from the plan subgraph by the entity key.
const nodeSubGraphs: SubGraphName[] = ["plan", "organisations"];

/** Options for a plan prismaNode that node(id:) can return. */
export const planNode = {
  /** node(id:) of a row that no longer exists is null, not an error. */
  nullable: true,
  subGraphs: nodeSubGraphs,
  defaultSubGraphsForFields: ["plan"] as SubGraphName[],
  id: { field: "id" as const, subGraphs: nodeSubGraphs, shareable: true },
};

/** Options for the `id` (entity key) field of such a node. */
export const planNodeKey = { subGraphs: nodeSubGraphs };
