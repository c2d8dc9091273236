import { describeTarget, loadConfig } from "../config.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { UserError } from "../errors.ts";

/** Opens the configured database and brings its schema up to date, saying what it did. */
export async function openMigratedDatabase(): Promise<Database> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  const applied = await database.migrate();
  console.error(
    `Database: ${describeTarget(config.database)}` +
      (applied.length
        ? ` (applied ${applied.length} migration(s): ${applied.join(", ")})`
        : " (schema up to date)"),
  );
  return database;
}

/** Runs a command; expected failures print their message (no stack) and exit non-zero. */
export function run<Args extends unknown[]>(action: (...args: Args) => Promise<void>) {
  return async (...args: Args) => {
    try {
      await action(...args);
    } catch (error) {
      if (error instanceof UserError || (error as Error).name === "ImportValidationError") {
        console.error(`\n${(error as Error).message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    }
  };
}

/**
 * For commands that finish (migrate, seed, import, schema): exits once the work is done. Prisma's
 * WASM schema engine leaves a 10 s timer behind after applying migrations, which would otherwise
 * hold the process open after its output is complete.
 */
export function runOnce<Args extends unknown[]>(action: (...args: Args) => Promise<void>) {
  return run(async (...args: Args) => {
    await action(...args);
    await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
    process.exit(0);
  });
}
