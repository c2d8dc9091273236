import { queryFromInfo } from "@pothos/plugin-prisma";
import DataLoader from "dataloader";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { getOrCreate } from "../../memo.ts";

type Query = ReturnType<typeof queryFromInfo>;

// One loader per request, `_entities` field and type: every representation of a type in one fetch
// shares the selection under `... on <type>`, so they load in one statement.
const loaders = new WeakMap<object, WeakMap<FieldNode, Map<string, DataLoader<string, unknown>>>>();

/**
 * Resolves entity references of a Prisma-backed type with the selection the fetch asks for under
 * `... on <typeName>` (relations, counts), batched into one statement per fetch, so that plugin-prisma
 * finds them loaded instead of loading the row first and then again with what its fields need.
 */
export function entityByKey<T>(
  context: object,
  info: GraphQLResolveInfo,
  typeName: string,
  load: (ids: string[], query: Query) => Promise<(T & { id: string })[]>,
): DataLoader<string, T | null> {
  const byField = getOrCreate(loaders, context, () => new WeakMap());
  const byType = getOrCreate(byField, info.fieldNodes[0]!, () => new Map());
  return getOrCreate(byType, typeName, () => {
    const query = queryFromInfo({ context, info, typeName });
    return new DataLoader<string, T | null>(async (ids) => {
      const rows = await load([...ids], query);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }) as DataLoader<string, T | null>;
}
