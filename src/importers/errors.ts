/** One reason a file was refused: where (line 1 is the header) and why. */
export interface RowProblem {
  /** Line in the file (1 = header). Null for problems about the file as a whole. */
  line: number | null;
  /** Column header the problem is about, when there is one. */
  column?: string;
  reason: string;
}

/** The file was refused: nothing was written. `problems` lists every bad row found. */
export class ImportValidationError extends Error {
  override name = "ImportValidationError";

  constructor(
    readonly kind: string,
    readonly file: string,
    readonly problems: RowProblem[],
  ) {
    super(
      `${file} was not imported as ${kind}: ${problems.length} problem${problems.length === 1 ? "" : "s"} ` +
        `(nothing was written)\n${formatProblems(problems)}`,
    );
  }
}

export function formatProblem(problem: RowProblem): string {
  const where = problem.line === null ? "file" : `line ${problem.line}`;
  return `${where}${problem.column ? `, column "${problem.column}"` : ""}: ${problem.reason}`;
}

export function formatProblems(problems: RowProblem[], max = 50): string {
  const lines = problems.slice(0, max).map((p) => `  ${formatProblem(p)}`);
  if (problems.length > max) lines.push(`  … and ${problems.length - max} more`);
  return lines.join("\n");
}

/** Thrown for an unknown import kind (a usage error, not a data error). */
export class UnknownImportKindError extends Error {
  override name = "UnknownImportKindError";
}
