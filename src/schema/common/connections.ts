import type { InputFieldMap, InputShapeFromFields } from "@pothos/core";
import { builder } from "../../builder.ts";
import type { HubContext } from "../../context.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { CollaborationRef } from "../collaborations/types.ts";
import { ForceRef } from "../forces/types.ts";
import { pageSize } from "./pagination.ts";
import { type InSubGraphs, plan } from "./subgraphs.ts";

// ─── Rows owned by a force or a collaboration ─────────────────────────────────

/** The where/orderBy plugin-prisma may apply to each owned relation (the same name on Force and Collaboration). */
interface OwnedRelations {
  evidence: Pick<Prisma.EvidenceFindManyArgs, "where" | "orderBy">;
  boards: Pick<Prisma.BoardFindManyArgs, "where" | "orderBy">;
  ownedObjectives: Pick<Prisma.ForceObjectiveFindManyArgs, "where" | "orderBy">;
}

export interface OwnedConnectionOptions<Relation extends keyof OwnedRelations, Args extends InputFieldMap> {
  /** The relation on both Force and Collaboration. */
  relation: Relation;
  /** The field's description on each owner. */
  description: { force: string; collaboration: string };
  /** Arguments, built once with `builder.args`. */
  args?: Args;
  query:
    | OwnedRelations[Relation]
    | ((args: InputShapeFromFields<Args>, ctx: HubContext) => OwnedRelations[Relation]);
  /** Default: plan, where every owned row lives today. */
  in?: InSubGraphs;
}

/**
 * `Force.<field>` and `Collaboration.<field>`: the rows each owns (a row belongs to exactly one force or
 * one collaboration), as a relay connection over the owner's relation with the hub's page sizes and
 * totalCount. plugin-prisma loads it for every parent in one query.
 */
export function ownedConnection<
  Relation extends keyof OwnedRelations,
  Args extends InputFieldMap = InputFieldMap,
>(field: string, options: OwnedConnectionOptions<Relation, Args>): void {
  const subGraph = options.in ?? plan;
  const fieldOptions = (description: string) =>
    ({
      ...subGraph,
      description,
      cursor: "id",
      ...pageSize,
      totalCount: true,
      args: options.args,
      query: options.query,
    }) as never;
  builder.prismaObjectField(ForceRef, field, (t) =>
    t.relatedConnection(options.relation, fieldOptions(options.description.force), subGraph, subGraph),
  );
  builder.prismaObjectField(CollaborationRef, field, (t) =>
    t.relatedConnection(
      options.relation,
      fieldOptions(options.description.collaboration),
      subGraph,
      subGraph,
    ),
  );
}

// ─── Connections through a join table ─────────────────────────────────────────

// prismaConnectionHelpers plans the node selection under `edges.node` only, but this builder also
// offers `nodes` (relay nodesOnConnection): a query asking for `nodes { … }` would get an empty select.
// plugin-prisma's own relatedConnection passes both paths as an include descriptor; do the same.
const connectionNodePaths = [[{ name: "nodes" }], [{ name: "edges" }, { name: "node" }]];

/** Wraps a field's nestedSelection so it plans the node's selection under both `nodes` and `edges.node`. */
export function nodesOrEdges<T extends (...args: never[]) => unknown>(
  nestedSelection: T,
  typeName: string,
): T {
  const include = { getType: () => typeName, paths: connectionNodePaths };
  const select = nestedSelection as unknown as (selection: unknown, include: unknown) => unknown;
  return ((selection: unknown) => select(selection, include)) as unknown as T;
}
