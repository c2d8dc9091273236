import { z } from "zod";
import type { RowProblem } from "./errors.ts";

// Zod schemas for CSV cells (always strings). Each turns a cell into a typed value or reports why not.

type Ctx = z.core.$RefinementCtx<string>;

function fail(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER as never;
}

/** A required text cell, trimmed. */
export const text = z.string().transform((value, ctx) => {
  const trimmed = value.trim();
  return trimmed === "" ? fail(ctx, "is empty") : trimmed;
});

/** An optional text cell: empty → null. */
export const optionalText = z.string().transform((value) => value.trim() || null);

const WHOLE = /^\d+$/;
const THOUSANDS = /^\d{1,3}(,\d{3})+$/;
const FLOAT_WHOLE = /^(\d+)\.0+$/;

interface CountOptions {
  /** What a "-" cell means; omit to refuse it. */
  dash?: "null";
  /** What an empty cell means; omit to refuse it. */
  blank?: "null";
}

interface DecimalOptions extends CountOptions {
  /** Decimal places the column stores (Decimal(10,2) by default; officer FTE is Decimal(14,6)). */
  places?: 2 | 6;
}

/**
 * A non-negative whole number. Accepts the spellings the published files use: padded
 * (" 476 "), with thousands separators (" 1,976 ") and float-formatted ("508663.0").
 */
export function count(): z.ZodType<number, string>;
export function count(options: CountOptions): z.ZodType<number | null, string>;
export function count(options: CountOptions = {}): z.ZodType<number | null, string> {
  return z.string().transform((raw, ctx): number | null => {
    const value = raw.trim();
    if (value === "") return options.blank === "null" ? null : fail(ctx, "is empty (a number is expected)");
    if (value === "-")
      return options.dash === "null" ? null : fail(ctx, `"-" is not allowed here (a number is expected)`);
    let digits: string | undefined;
    if (WHOLE.test(value)) digits = value;
    else if (THOUSANDS.test(value)) digits = value.replaceAll(",", "");
    else digits = FLOAT_WHOLE.exec(value)?.[1];
    if (digits === undefined) return fail(ctx, `"${raw}" is not a whole non-negative number`);
    const n = Number(digits);
    return Number.isSafeInteger(n) && n <= 2_147_483_647 ? n : fail(ctx, `"${raw}" is too large`);
  });
}

/**
 * A non-negative decimal stored with 2 (or `places`) decimal places, returned as a fixed string
 * ("1325.44"). Binary floating-point noise in the source ("2587.0399999999995") is rounded away; a
 * value with a real extra decimal place is refused, never silently rounded.
 */
export function decimal2(): z.ZodType<string, string>;
export function decimal2(
  options: DecimalOptions & { dash?: undefined; blank?: undefined },
): z.ZodType<string, string>;
export function decimal2(options: DecimalOptions): z.ZodType<string | null, string>;
export function decimal2(options: DecimalOptions = {}): z.ZodType<string | null, string> {
  return z.string().transform((raw, ctx): string | null => {
    const value = raw.trim().replace(/^(\d{1,3}(,\d{3})+)(\.\d+)?$/, (m) => m.replaceAll(",", ""));
    if (value === "") return options.blank === "null" ? null : fail(ctx, "is empty (a number is expected)");
    if (value === "-")
      return options.dash === "null" ? null : fail(ctx, `"-" is not allowed here (a number is expected)`);
    if (!/^\d+(\.\d+)?$/.test(value)) return fail(ctx, `"${raw}" is not a non-negative number`);
    const places = options.places ?? 2;
    const scale = 10 ** places;
    const n = Number(value);
    const units = Math.round(n * scale);
    if (Math.abs(n * scale - units) > 1e-6 * Math.max(1, n))
      return fail(ctx, `"${raw}" has more than ${places} decimal places`);
    if (n >= 1e8) return fail(ctx, `"${raw}" is too large`);
    return (units / scale).toFixed(places);
  });
}

/** A year written as four digits, within a plausible range. */
export const year = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  if (!/^\d{4}$/.test(value)) return fail(ctx, `"${raw}" is not a year`);
  const n = Number(value);
  return n >= 1990 && n <= 2100 ? n : fail(ctx, `${n} is outside 1990–2100`);
});

/** An ISO date (YYYY-MM-DD) that exists, as a UTC Date. */
export const isoDate = z.string().transform((raw, ctx) => {
  const value = raw.trim();
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  )
    return fail(ctx, `"${raw}" is not a date (YYYY-MM-DD)`);
  return date;
});

/** A closed vocabulary: the cell (trimmed, case-insensitive) must be one of the map's keys. */
export function oneOf<T>(label: string, map: Record<string, T>) {
  const lookup = new Map(Object.entries(map).map(([k, v]) => [k.toLowerCase(), v]));
  return z.string().transform((raw, ctx): T => {
    const value = lookup.get(raw.trim().toLowerCase());
    if (value !== undefined) return value;
    return fail(ctx, `unknown ${label} "${raw}" (expected one of: ${Object.keys(map).join("; ")})`);
  });
}

/** "True"/"False" (any case). */
export const boolean = oneOf("boolean", { true: true, false: false });

/**
 * Validates a CSV row with a zod object schema whose keys are header names. Problems are pushed
 * with the row's line number and the offending column; returns null when the row is invalid.
 */
export function validateRow<S extends z.ZodObject>(
  schema: S,
  cells: Record<string, string>,
  line: number,
  problems: RowProblem[],
): z.output<S> | null {
  const result = schema.safeParse(cells);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    const reason = issue.code === "invalid_type" && column ? "is missing" : issue.message;
    problems.push({ line, column, reason });
  }
  return null;
}

/** 31 March of a year (the Home Office workforce snapshot date), as a UTC date. */
export function march31(year: number): Date {
  return new Date(Date.UTC(year, 2, 31));
}

/** The financial year ending 31 March `yearEnd`: 1 April of the year before to 31 March. */
export function financialYear(yearEnd: number): { start: Date; end: Date } {
  return { start: new Date(Date.UTC(yearEnd - 1, 3, 1)), end: march31(yearEnd) };
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
