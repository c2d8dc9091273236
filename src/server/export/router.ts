import { pipeline } from "node:stream/promises";
import express, { type Response, type Router } from "express";
import type { GraphQLSchema } from "graphql";
import { createContext } from "../../context.ts";
import type { Db } from "../../db/database.ts";
import { logger } from "../../logger.ts";
import type { ViewerOf } from "../credentials.ts";
import { exportFolder, readTrustedDocuments } from "./documents.ts";
import { exportFormats } from "./formats.ts";
import { ExportRequestError, exportPages, exportVariables, type Row } from "./rows.ts";
import { type ExportTable, exportTable } from "./tables.ts";

/** Query parameters that shape the file rather than the data. */
const formatOptions = ["bom"] as const;

/** Every export: one table per operation in operations/export (validated when the hub starts). */
export function exportTables(schema: GraphQLSchema): ExportTable[] {
  return readTrustedDocuments(exportFolder, schema).map((document) => exportTable(schema, document));
}

/** The listing at GET /export: what each table is, its URL, parameters and columns. */
export function exportListing(tables: readonly ExportTable[], baseUrl: string) {
  return {
    formats: Object.keys(exportFormats),
    options: { bom: "bom=1 starts a CSV with a UTF-8 byte order mark (Excel)" },
    tables: tables.map((t) => ({
      name: t.name,
      description: t.description,
      url: `${baseUrl}/export/${t.name}.csv`,
      operation: t.document.name,
      documentId: `sha256:${t.document.id}`,
      parameters: t.parameters.map(({ name, type, default: defaultValue }) => ({
        name,
        type,
        default: defaultValue,
      })),
      columns: t.columns.map(({ name, type, description }) => ({ name, type, description })),
    })),
  };
}

/** Pulls the first page now (so a refusal is an HTTP error, not a cut-off file), then the rest lazily. */
async function primed(pages: AsyncGenerator<Row[]>): Promise<AsyncIterable<Row[]>> {
  const first = await pages.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* pages;
  })();
}

function sendError(res: Response, error: unknown) {
  if (error instanceof ExportRequestError) {
    res.status(error.status).json({ errors: error.errors });
    return;
  }
  const status = (error as { extensions?: { http?: { status?: number } } }).extensions?.http?.status;
  if (status) {
    res.status(status).json({ errors: [{ message: (error as Error).message }] });
    return;
  }
  logger.error({ err: error }, "export failed");
  res.status(500).json({ errors: [{ message: "The export failed." }] });
}

/**
 * GET /export (the listing) and GET /export/<name>.<csv|jsonl>: a trusted operation run with the
 * caller's viewer (same permissions and disclosure as GraphQL), streamed as a file.
 */
export function exportRouter(options: { db: Db; schema: GraphQLSchema; viewer: ViewerOf }): Router {
  const tables = exportTables(options.schema);
  const router = express.Router();

  router.get("/export", (req, res) => {
    res.json(exportListing(tables, `${req.protocol}://${req.get("host")}`));
  });

  router.get("/export/:file", async (req, res) => {
    const match = /^(.+)\.([a-z]+)$/.exec(req.params.file);
    const table = tables.find((t) => t.name === match?.[1]);
    const format = match ? exportFormats[match[2] as string] : undefined;
    if (!table || !format || !match) {
      res.status(404).json({
        errors: [{ message: `No export ${req.params.file}: GET /export lists the tables and formats.` }],
      });
      return;
    }
    let rows: AsyncIterable<Row[]>;
    try {
      const variables = exportVariables(table, req.query as Record<string, unknown>, formatOptions);
      const viewer = await options.viewer(req);
      const requestId = res.getHeader("x-request-id")?.toString();
      rows = await primed(
        exportPages(options.schema, table, variables, () =>
          createContext({ db: options.db, viewer, requestId, bulk: true }),
        ),
      );
    } catch (error) {
      sendError(res, error);
      return;
    }
    res.setHeader("content-type", format.contentType);
    res.setHeader("content-disposition", `inline; filename="${match[1]}.${match[2]}"`);
    const bom = req.query.bom === "1" || req.query.bom === "true";
    try {
      await pipeline(
        (async function* () {
          for await (const page of rows) yield* page;
        })(),
        format.encode(table.columns, { bom }),
        res,
      );
    } catch (error) {
      // Headers are gone: the only honest signal left is a cut-off response (no final chunk).
      if (!res.destroyed) res.destroy(error as Error);
      if ((error as NodeJS.ErrnoException).code !== "ERR_STREAM_PREMATURE_CLOSE")
        logger.error({ err: error, export: table.name }, "export stream failed");
    }
  });

  return router;
}
