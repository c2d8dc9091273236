import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { CsvError, parse } from "csv-parse";
import type { RowProblem } from "./errors.ts";

/** One data row: its line in the file (the line it starts on; 1 is the header) and its cells by header. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface Progress {
  /** "read": bytes of the file parsed and validated; "write": database records written. */
  phase: "read" | "write";
  done: number;
  total: number;
}

export type ProgressListener = (progress: Progress) => void;

export interface CsvReadOptions {
  /** Headers that must be present (compared after trimming). */
  required: readonly string[];
  onRow: (row: CsvRow) => void;
  problems: RowProblem[];
  onProgress?: ProgressListener;
}

export interface CsvReadResult {
  sha256: string;
  bytes: number;
  /** Data rows read (header and empty lines excluded). */
  rows: number;
  header: string[];
}

const PROGRESS_EVERY_BYTES = 256 * 1024;

/**
 * Streams a CSV file through csv-parse (BOM stripped, line numbers kept) and hands each data row to
 * `onRow` as a record keyed by header. Structural problems (a missing required column, a row with the
 * wrong number of fields, a value under an unnamed column, broken quoting) go to `problems` with their
 * line numbers. The sha256 of the file's bytes is computed on the way.
 */
export async function readCsv(file: string, options: CsvReadOptions): Promise<CsvReadResult> {
  const { problems, onProgress } = options;
  const total = (await stat(file)).size;
  const hash = createHash("sha256");
  let bytes = 0;
  let reported = 0;
  const input = createReadStream(file);
  input.on("data", (chunk) => {
    hash.update(chunk);
    bytes += chunk.length;
    if (onProgress && bytes - reported >= PROGRESS_EVERY_BYTES) {
      reported = bytes;
      onProgress({ phase: "read", done: bytes, total });
    }
  });
  const parser = input.pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }),
  ) as AsyncIterable<{ record: string[]; info: { lines: number } }>;

  let header: string[] | null = null;
  let columnNames: string[] = [];
  let rows = 0;
  try {
    for await (const { record, info } of parser) {
      // info.lines is the line a record ends on; quoted line breaks move its start back.
      const line = info.lines - record.reduce((n, cell) => n + countLineBreaks(cell), 0);
      if (header === null) {
        header = record.map((name) => name.trim());
        columnNames = header;
        const missing = options.required.filter((name) => !header?.includes(name));
        for (const name of missing)
          problems.push({
            line,
            column: name,
            reason: `required column "${name}" is missing from the header`,
          });
        const seen = new Set<string>();
        for (const name of header) {
          if (name && seen.has(name))
            problems.push({ line, column: name, reason: "column appears twice in the header" });
          seen.add(name);
        }
        if (missing.length > 0) break; // rows cannot be read without their columns
        continue;
      }
      rows++;
      if (record.length !== columnNames.length) {
        problems.push({
          line,
          reason: `has ${record.length} field${record.length === 1 ? "" : "s"} where the header has ${columnNames.length}`,
        });
        continue;
      }
      const cells: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < columnNames.length; i++) {
        const name = columnNames[i]!;
        const value = record[i]!;
        if (name === "") {
          if (value.trim() !== "") {
            problems.push({
              line,
              column: `#${i + 1}`,
              reason: `value "${value}" in a column with no header`,
            });
            ok = false;
          }
          continue;
        }
        cells[name] = value;
      }
      if (ok) options.onRow({ line, cells });
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const at = (error as CsvError & { lines?: number }).lines;
      problems.push({ line: typeof at === "number" ? at : null, reason: `not valid CSV: ${error.message}` });
    } else if ((error as NodeJS.ErrnoException).code) {
      throw error;
    } else {
      problems.push({ line: null, reason: `not valid CSV: ${(error as Error).message}` });
    }
  } finally {
    input.destroy();
  }
  if (header === null && problems.length === 0)
    problems.push({ line: null, reason: "the file is empty (no header row)" });
  // The hash covers the whole file even when reading stopped early.
  if (bytes < total) await hashRest(file, bytes, hash);
  onProgress?.({ phase: "read", done: total, total });
  return { sha256: hash.digest("hex"), bytes: total, rows, header: header ?? [] };
}

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

async function hashRest(file: string, from: number, hash: ReturnType<typeof createHash>): Promise<void> {
  for await (const chunk of createReadStream(file, { start: from })) hash.update(chunk as Buffer);
}
