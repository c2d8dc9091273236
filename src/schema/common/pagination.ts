import type { HubContext } from "../../context.ts";

/** Rows per page an export (GET /export) asks for: it streams every page, so bigger pages mean fewer queries. */
export const bulkPageSize = 5000;

/**
 * Page sizes for every connection: small default, hard ceiling so one request cannot drain a table.
 * Exports run with `ctx.bulk` and page through everything in bigger keyset batches.
 */
export const pageSize = {
  defaultSize: 25,
  maxSize: (_args: unknown, ctx: HubContext) => (ctx.bulk ? bulkPageSize : 100),
} as const;
