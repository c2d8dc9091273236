import {
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  print,
  type SelectionSetNode,
  type TypeNode,
} from "graphql";
import type { TrustedDocument } from "./documents.ts";

/** One column of an export: a leaf field of the row, nested names joined with `_` in snake_case. */
export interface ExportColumn {
  name: string;
  /** Response keys from the row object down to the value. */
  path: string[];
  /** GraphQL type of the value, e.g. `Int`, `Date`, `Rank`. */
  type: string;
  description: string | null;
}

/** A query parameter of an export: an operation variable (pagination variables excluded). */
export interface ExportParameter {
  name: string;
  type: string;
  default: string | null;
  typeNode: TypeNode;
}

/**
 * How rows come out of the operation's single root field: every page of a connection's `nodes`,
 * the items of a list, or one object as a one-row table.
 */
export type RowSource = "connection" | "list" | "object";

export interface ExportTable {
  name: string;
  description: string;
  document: TrustedDocument;
  rootKey: string;
  source: RowSource;
  columns: ExportColumn[];
  parameters: ExportParameter[];
}

/** Variables an export sets itself to page through a connection. */
export const pagingVariables = ["first", "after"] as const;

export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

function fieldsOf(selectionSet: SelectionSetNode | undefined, where: string): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.map((selection) => {
    if (selection.kind !== Kind.FIELD)
      throw new Error(`${where}: exports select plain fields (no fragments)`);
    return selection;
  });
}

function fieldDefinition(
  type: GraphQLNamedType,
  field: FieldNode,
  where: string,
): GraphQLField<unknown, unknown> {
  const definition = isObjectType(type) ? type.getFields()[field.name.value] : undefined;
  if (!definition) throw new Error(`${where}: ${type.name} has no field ${field.name.value}`);
  return definition;
}

function flatten(
  type: GraphQLNamedType,
  selectionSet: SelectionSetNode | undefined,
  prefix: string[],
  where: string,
): ExportColumn[] {
  return fieldsOf(selectionSet, where).flatMap((field) => {
    if (field.name.value === "__typename") return [];
    const key = field.alias?.value ?? field.name.value;
    const definition = fieldDefinition(type, field, where);
    const path = [...prefix, key];
    const named = getNamedType(definition.type);
    if (isLeafType(named)) {
      if (isListType(getNullableType(definition.type)))
        throw new Error(`${where}: ${path.join(".")} is a list; an export's cells hold one value`);
      return [
        {
          name: path.map(snakeCase).join("_"),
          path,
          type: named.name,
          description: definition.description ?? null,
        },
      ];
    }
    if (isListType(getNullableType(definition.type)))
      throw new Error(`${where}: ${path.join(".")} is a list of objects; flatten it into its own export`);
    return flatten(named, field.selectionSet, path, where);
  });
}

function rowShape(type: GraphQLOutputType, root: FieldNode, where: string) {
  const nullable = getNullableType(type);
  const named = getNamedType(type);
  if (isListType(nullable))
    return { source: "list" as const, rowType: named, rowSelection: root.selectionSet };
  const fields = fieldsOf(root.selectionSet, where);
  const nodes = fields.find((f) => f.name.value === "nodes");
  const pageInfo = fields.find((f) => f.name.value === "pageInfo");
  if (isObjectType(named) && named.getFields().pageInfo && nodes) {
    const selected = new Set(fieldsOf(pageInfo?.selectionSet, where).map((f) => f.name.value));
    if (!selected.has("hasNextPage") || !selected.has("endCursor") || nodes.alias || pageInfo?.alias)
      throw new Error(`${where}: a connection export selects nodes and pageInfo { hasNextPage endCursor }`);
    return {
      source: "connection" as const,
      rowType: getNamedType(fieldDefinition(named, nodes, where).type),
      rowSelection: nodes.selectionSet,
    };
  }
  return { source: "object" as const, rowType: named, rowSelection: root.selectionSet };
}

/** Derives an export's columns and parameters from its operation; throws if it cannot be a flat table. */
export function exportTable(schema: GraphQLSchema, document: TrustedDocument): ExportTable {
  const where = document.file;
  const roots = fieldsOf(document.operation.selectionSet, where);
  const root = roots[0];
  if (roots.length !== 1 || !root) throw new Error(`${where}: an export selects exactly one root field`);
  const definition = fieldDefinition(schema.getQueryType() as GraphQLNamedType, root, where);
  const { source, rowType, rowSelection } = rowShape(definition.type, root, where);
  const variables = document.operation.variableDefinitions ?? [];
  const declared = new Set(variables.map((v) => v.variable.name.value));
  if (source === "connection" && !pagingVariables.every((v) => declared.has(v)))
    throw new Error(`${where}: a connection export declares $first and $after`);
  const parameters = variables
    .filter(
      (v) =>
        source !== "connection" || !(pagingVariables as readonly string[]).includes(v.variable.name.value),
    )
    .map((v) => ({
      name: v.variable.name.value,
      type: print(v.type),
      default: v.defaultValue ? print(v.defaultValue) : null,
      typeNode: v.type,
    }));
  const columns = flatten(rowType, rowSelection, [], where);
  const names = columns.map((c) => c.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new Error(`${where}: two columns are named ${duplicate} (use an alias)`);
  return {
    name: document.slug,
    description: document.description,
    document,
    rootKey: root.alias?.value ?? root.name.value,
    source,
    columns,
    parameters,
  };
}
