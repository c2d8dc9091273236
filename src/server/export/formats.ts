import { Transform, type TransformCallback } from "node:stream";
import { stringify } from "csv-stringify";
import type { Row } from "./rows.ts";
import type { ExportColumn } from "./tables.ts";

export interface ExportFormat {
  contentType: string;
  /** Turns a stream of row arrays into the file's bytes (header included). */
  encode(columns: readonly ExportColumn[], options: { bom: boolean }): Transform;
}

class JsonLines extends Transform {
  constructor(private readonly names: readonly string[]) {
    super({ writableObjectMode: true });
  }
  override _transform(row: Row, _encoding: BufferEncoding, done: TransformCallback) {
    const record: Record<string, unknown> = {};
    this.names.forEach((name, i) => {
      record[name] = row[i];
    });
    done(null, `${JSON.stringify(record)}\n`);
  }
}

export const exportFormats: Record<string, ExportFormat> = {
  /**
   * RFC 4180 CSV with a header row; empty cell = null (no data), booleans as true/false. Text that
   * a spreadsheet would run as a formula (=, +, -, @) is prefixed with ' (OWASP CSV injection).
   */
  csv: {
    contentType: "text/csv; charset=utf-8; header=present",
    encode: (columns, { bom }) =>
      stringify({
        header: true,
        columns: columns.map((c) => c.name),
        bom,
        escape_formulas: true,
        cast: { boolean: (value) => String(value) },
      }),
  },
  /** One JSON object per line, keys = column names, null kept as null. */
  jsonl: {
    contentType: "application/jsonl; charset=utf-8",
    encode: (columns) => new JsonLines(columns.map((c) => c.name)),
  },
};
