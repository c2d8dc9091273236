import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { userInfo } from "node:os";
import type { Command } from "commander";
import { UserError } from "../errors.ts";
import {
  type ImportResult,
  importKinds,
  isImportKind,
  type Progress,
  runImport,
} from "../importers/index.ts";
import { describeImport } from "../importers/summary.ts";
import { openMigratedDatabase, runOnce } from "./database.ts";

/**
 * `hub import <kind> <file>`: validates the whole file, then writes it in one transaction (or
 * nothing, listing every bad row with its line number). Progress goes to stderr, the summary to
 * stdout (`--json` for a machine-readable one).
 */
export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("Import a data file (validated whole; all or nothing; re-importing changes nothing)")
    .argument("[kind]", `what the file is: ${Object.keys(importKinds).join(", ")}`)
    .argument("[file]", "CSV file to import")
    .option("--actor <name>", "who is importing (recorded with the import)", defaultActor())
    .option("--json", "print the result as JSON")
    .addHelpText("after", () => `\nKinds:\n${kindList()}`)
    .action(
      runOnce(
        async (
          kind: string | undefined,
          file: string | undefined,
          options: { actor: string; json?: boolean },
        ) => {
          if (!kind) {
            console.log(`Kinds:\n${kindList()}`);
            return;
          }
          if (!isImportKind(kind))
            throw new UserError(`Unknown import kind "${kind}". Kinds:\n${kindList()}`);
          if (!file) throw new UserError(`Which file? Usage: hub import ${kind} <file>`);
          await checkReadableFile(file);
          const database = await openMigratedDatabase();
          try {
            const started = Date.now();
            const result = await runImport(database.db, kind, file, {
              actor: options.actor,
              onProgress: progressPrinter(),
            });
            const seconds = (Date.now() - started) / 1000;
            console.log(
              options.json ? JSON.stringify({ ...result, seconds }, null, 2) : summary(result, seconds),
            );
          } finally {
            await database.close();
          }
        },
      ),
    );
}

/** A missing file or a directory is one clear line, before the database is even opened. */
async function checkReadableFile(file: string): Promise<void> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new UserError(`No such file: ${file}`);
    throw new UserError(`Cannot read ${file}: ${error.code ?? error.message}`);
  });
  if (!info.isFile()) throw new UserError(`${file} is a directory, not a CSV file.`);
  await access(file, constants.R_OK).catch(() => {
    throw new UserError(`Cannot read ${file}: permission denied.`);
  });
}

function kindList(): string {
  return Object.entries(importKinds)
    .map(([kind, description]) => `  ${kind.padEnd(20)} ${description}`)
    .join("\n");
}

function defaultActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return "cli";
  }
}

/** Prints progress to stderr: a live line on a terminal, a line per quarter otherwise. */
function progressPrinter() {
  const tty = process.stderr.isTTY;
  let lastLine = "";
  let lastStep = -1;
  return ({ phase, done, total }: Progress) => {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    const what =
      phase === "read"
        ? `reading and validating ${(done / 1024).toFixed(0)}/${(total / 1024).toFixed(0)} KiB`
        : `writing ${done.toLocaleString("en-GB")}/${total.toLocaleString("en-GB")} records`;
    const line = `  ${what} (${percent}%)`;
    if (tty) {
      if (line === lastLine) return;
      process.stderr.write(`\r${line.padEnd(lastLine.length)}${done >= total ? "\n" : ""}`);
      lastLine = done >= total ? "" : line;
      return;
    }
    const step = Math.floor(percent / 25);
    if (step === lastStep && done < total) return;
    lastStep = done >= total ? -1 : step;
    console.error(line);
  };
}

function summary(result: ImportResult, seconds: number): string {
  const lines = [
    `${result.file} (${result.kind}, sha256 ${result.sha256.slice(0, 12)}…), ${seconds.toFixed(1)} s:`,
    `  ${describeImport(result)}`,
  ];
  const reasons = new Map<string, number[]>();
  for (const { line, reason } of result.skipped) reasons.set(reason, [...(reasons.get(reason) ?? []), line]);
  if (result.skipped.length > 0) lines.push(`  ${result.skipped.length} rows not stored, on purpose:`);
  for (const [reason, at] of reasons)
    lines.push(
      `    ${reason} (line${at.length > 1 ? "s" : ""} ${at.slice(0, 10).join(", ")}${at.length > 10 ? ", …" : ""})`,
    );
  lines.push(
    result.batchId === null
      ? "  Nothing changed: the database already held this data (no import batch recorded)."
      : `  Recorded as import batch ${result.batchId}.`,
  );
  return lines.join("\n");
}
