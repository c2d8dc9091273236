import type { Db } from "../db/database.ts";
import { census2011Importer } from "./census2011.ts";
import { census2021Importer } from "./census2021.ts";
import { type AnyImporter, type ImportOptions, type ImportResult, runImporter } from "./engine.ts";
import { UnknownImportKindError } from "./errors.ts";
import { forcesImporter } from "./forces.ts";
import { officerFteImporter } from "./officer-fte.ts";
import { regionsImporter } from "./regions.ts";
import { stopSearchRatioImporter } from "./stop-search-ratio.ts";
import { stopSearchTotalsImporter } from "./stop-search-totals.ts";
import { taserImporter } from "./taser.ts";
import { useOfForceImporter } from "./use-of-force.ts";
import { workforceImporter } from "./workforce.ts";

export type { Progress, ProgressListener } from "./csv.ts";
export type { ImportOptions, ImportResult, SkippedRow } from "./engine.ts";
export {
  formatProblem,
  formatProblems,
  ImportValidationError,
  type RowProblem,
  UnknownImportKindError,
} from "./errors.ts";

/** Every kind `hub import <kind> <file>` accepts, in the order a fresh database needs them. */
const IMPORTERS = [
  forcesImporter,
  regionsImporter,
  census2021Importer,
  census2011Importer,
  workforceImporter,
  officerFteImporter,
  stopSearchRatioImporter,
  stopSearchTotalsImporter,
  useOfForceImporter,
  taserImporter,
] as const satisfies readonly AnyImporter[];

export type ImportKind = (typeof IMPORTERS)[number]["kind"];

/** kind → what it imports (file format and target tables). */
export const importKinds = Object.fromEntries(IMPORTERS.map((i) => [i.kind, i.description])) as Record<
  ImportKind,
  string
>;

export function isImportKind(kind: string): kind is ImportKind {
  return IMPORTERS.some((i) => i.kind === kind);
}

/**
 * Imports one file of the given kind. The whole file is validated first: any bad row → an
 * ImportValidationError listing every problem (line, column, reason) and nothing is written.
 * Otherwise everything is written in one transaction; re-importing the same file changes nothing
 * (inserted = updated = 0, no ImportBatch, no audit event).
 */
export async function runImport(
  db: Db,
  kind: ImportKind,
  filePath: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  // Checked again at run time: a kind can come from a file or a caller that bypassed the types.
  const importer = IMPORTERS.find((i) => i.kind === kind);
  if (!importer)
    throw new UnknownImportKindError(
      `Unknown import kind "${kind}". Kinds: ${IMPORTERS.map((i) => i.kind).join(", ")}`,
    );
  return runImporter(db, importer, filePath, options);
}
