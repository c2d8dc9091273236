import { queryFromInfo } from "@pothos/plugin-prisma";
import DataLoader from "dataloader";
import type { FieldNode, GraphQLResolveInfo } from "graphql";

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
  let byField = loaders.get(context);
  if (!byField) {
    byField = new WeakMap();
    loaders.set(context, byField);
  }
  const field = info.fieldNodes[0]!;
  let byType = byField.get(field);
  if (!byType) {
    byType = new Map();
    byField.set(field, byType);
  }
  let loader = byType.get(typeName) as DataLoader<string, T | null> | undefined;
  if (!loader) {
    const query = queryFromInfo({ context, info, typeName });
    loader = new DataLoader<string, T | null>(async (ids) => {
      const rows = await load([...ids], query);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    byType.set(typeName, loader as DataLoader<string, unknown>);
  }
  return loader;
}
