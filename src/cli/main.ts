import cluster from "node:cluster";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { defaultSubgraphPorts, type SubGraphName, subGraphNames } from "../builder.ts";
import { loadConfig } from "../config.ts";
import type { Db } from "../db/database.ts";
import { UserError } from "../errors.ts";
import { logger } from "../logger.ts";
import { collectWhenIdle, releaseGarbage } from "../server/memory.ts";
import { mintToken, parseTtl } from "../tokens.ts";
import { registerApiKeyCommand } from "./api-keys.ts";
import { forkWorkers, workerCount } from "./cluster.ts";
import { openMigratedDatabase, run, runOnce } from "./database.ts";
import { registerImportCommand } from "./import.ts";

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError("Not a port number.");
  return port;
}

// What only some commands need is imported by those commands (the server, the seed and importers,
// schema composition, the migration writer): a long-running process keeps every module it ever
// loaded, so a subgraph or the monolith should not carry the code of the other commands.
const server = () => import("../server/hub.ts");
const seed = () => import("../seed/seed.ts");
const artifacts = () => import("../schema/artifacts.ts");

/**
 * The end of a serving command's start-up: what the first callers would otherwise pay for (the
 * disclosure pattern of the national page, when this process serves workforce figures; the first
 * answers of the whole hub, src/server/warm-up.ts), then one collection of what start-up left
 * behind (~55 MB of garbage and pooled pages on the default start, ~130 ms), and from then on one
 * collection after each quiet spell (src/server/memory.ts). Neither preparation is fatal here: a
 * request that needs what could not be prepared reports the error.
 */
async function finishStartup(options: { workforceDb?: Db; warmUpUrl?: string } = {}) {
  if (options.workforceDb) {
    const { prepareLatestCube } = await import("../services/workforce-disclosure.ts");
    await prepareLatestCube(options.workforceDb).catch((error: unknown) =>
      logger.warn({ msg: "disclosure pattern not prepared at start-up", err: error }),
    );
  }
  if (options.warmUpUrl) {
    const { warmUp } = await import("../server/warm-up.ts");
    await warmUp(options.warmUpUrl);
  }
  releaseGarbage();
  const { idleCollectionMs } = loadConfig();
  if (idleCollectionMs > 0) collectWhenIdle(idleCollectionMs);
}

const program = new Command("hub").description("Police Race Action Plan data hub");

/**
 * Stops on SIGINT/SIGTERM: stops accepting connections, lets in-flight requests finish (Apollo's drain,
 * bounded by HUB_SHUTDOWN_GRACE_MS), closes the database and exits 0. A second signal exits at once.
 * Under `npm start`, the hub also stops when npm goes (npm's shell does not pass SIGTERM on).
 */
function onShutdown(close: () => Promise<void>) {
  const config = loadConfig();
  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) {
      console.error(`${reason} again: exiting now.`);
      process.exit(1);
    }
    stopping = true;
    console.error(`\n${reason}: shutting down…`);
    const timer = setTimeout(() => {
      console.error(`Still busy after ${config.http.shutdownGraceMs} ms: exiting anyway.`);
      process.exit(1);
    }, config.http.shutdownGraceMs);
    timer.unref();
    try {
      await close();
      process.exit(0);
    } catch (error) {
      console.error(`Shutdown failed: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  if (config.exitWithParent) {
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) void stop("npm exited");
    }, 500).unref();
  }
}

program
  .command("start")
  .description("Migrate, seed the shipped real data (first start) and serve the hub")
  .addOption(
    new Option("--mode <mode>", "gateway over subgraphs, or one monolith schema")
      .choices(["gateway", "monolith"])
      .default("gateway"),
  )
  .option("--no-seed", "skip importing the shipped data")
  .option("-p, --port <port>", "port (default: PORT, else 4000)", portNumber)
  .option("-w, --workers <n>", "processes sharing the port, 0 = one per core (needs DATABASE_URL)", Number, 1)
  .action(
    run(async (options: { mode: "gateway" | "monolith"; seed: boolean; port?: number; workers: number }) => {
      const config = loadConfig();
      const workers = workerCount(options.workers);
      if (workers > 1 && config.database.kind !== "postgres")
        throw new UserError("--workers needs DATABASE_URL: the embedded database serves one process.");
      const database = await openMigratedDatabase();
      if (options.seed && cluster.isPrimary) {
        const started = Date.now();
        const { seedDatabase } = await seed();
        await seedDatabase(database, { onProgress: (message) => console.error(`  ${message}`) });
        console.error(`Seed data up to date (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
      if (workers > 1 && cluster.isPrimary) {
        await database.close();
        forkWorkers(workers);
        console.error(`PRAP data hub: ${workers} worker processes`);
        return;
      }
      const { startHub } = await server();
      const hub = await startHub({
        database,
        port: options.port ?? config.port,
        host: config.host,
        mode: options.mode,
        bi: config.bi,
      });
      await finishStartup({ workforceDb: database.db, warmUpUrl: hub.url });
      console.error(`PRAP data hub (${hub.mode}) ready at ${hub.url}`);
      onShutdown(async () => {
        await hub.close();
        await database.close();
      });
    }),
  );

const migrate = program.command("migrate").description("Apply the migrations in prisma/migrations (offline)");
migrate.action(
  runOnce(async () => {
    const database = await openMigratedDatabase();
    await database.close();
  }),
);
migrate
  .command("new <name>")
  .description("Write the next migration from changes to prisma/schema.prisma (offline)")
  .action(
    runOnce(async (name: string) => {
      const { writeNextMigration } = await import("../db/new-migration.ts");
      const dir = await writeNextMigration(name);
      console.error(
        dir ? `Wrote ${join(dir, "migration.sql")}` : "The schema matches the migrations: nothing to write.",
      );
    }),
  );

program
  .command("seed")
  .description("Import the shipped real data and curated content (idempotent)")
  .action(
    runOnce(async () => {
      const database = await openMigratedDatabase();
      const { seedDatabase } = await seed();
      const report = await seedDatabase(database, { onProgress: (message) => console.error(`  ${message}`) });
      console.log(JSON.stringify(report, null, 2));
      await database.close();
    }),
  );

const schemaDir = new URL("../../schema/", import.meta.url);
program
  .command("schema")
  .description("Print the SDL of the graph, each subgraph and the composed supergraph into schema/")
  .option("--check", "fail if the committed files differ from the code")
  .action(
    runOnce(async (options: { check?: boolean }) => {
      const { schemaArtifacts } = await artifacts();
      const files = schemaArtifacts();
      const stale: string[] = [];
      await mkdir(schemaDir, { recursive: true });
      for (const [file, content] of Object.entries(files)) {
        const path = new URL(file, schemaDir);
        const current = await readFile(path, "utf8").catch(() => null);
        if (current === content) continue;
        stale.push(file);
        if (!options.check) await writeFile(path, content);
      }
      if (options.check && stale.length)
        throw new UserError(`schema/ is out of date: ${stale.join(", ")} (run npm run schema)`);
      console.error(stale.length ? `Wrote ${stale.join(", ")}` : "schema/ is up to date");
    }),
  );

program
  .command("subgraph <name>")
  .description(`Serve one subgraph on its own (${subGraphNames.join(", ")})`)
  .option("-p, --port <port>", "port (default: the subgraph's own port)", portNumber)
  .action(
    run(async (name: string, options: { port?: number }) => {
      if (!subGraphNames.includes(name as SubGraphName)) {
        throw new UserError(`Unknown subgraph "${name}": choose one of ${subGraphNames.join(", ")}`);
      }
      const subgraph = name as SubGraphName;
      const config = loadConfig();
      const database = await openMigratedDatabase();
      const { serveSubgraph } = await server();
      const service = await serveSubgraph(
        database,
        subgraph,
        options.port ?? defaultSubgraphPorts[subgraph],
        config.host,
      );
      await finishStartup({ workforceDb: subgraph === "workforce" ? database.db : undefined });
      console.error(`Subgraph ${subgraph} ready at ${service.url}`);
      onShutdown(async () => {
        await service.close();
        await database.close();
      });
    }),
  );

program
  .command("gateway")
  .description("Serve the gateway over the committed supergraph, routing to subgraphs elsewhere")
  .option(
    "-s, --subgraph <name=url...>",
    "where a subgraph runs (default: the URL in the supergraph)",
    (value: string, previous: string[]) => [...previous, value],
    [] as string[],
  )
  .option("--supergraph <file>", "supergraph SDL (default: schema/supergraph.graphql)")
  .option("-p, --port <port>", "port (default: PORT, else 4000)", portNumber)
  .action(
    run(async (options: { subgraph: string[]; supergraph?: string; port?: number }) => {
      const config = loadConfig();
      const urls: Record<string, string> = {};
      for (const pair of options.subgraph) {
        const at = pair.indexOf("=");
        const [name, url] = [pair.slice(0, at), pair.slice(at + 1)];
        if (at < 1 || !URL.canParse(url)) throw new UserError(`--subgraph expects name=url, got "${pair}"`);
        urls[name] = url;
      }
      const supergraphSdl = options.supergraph
        ? await readFile(options.supergraph, "utf8").catch((error: Error) => {
            throw new UserError(`Cannot read the supergraph ${options.supergraph}: ${error.message}`);
          })
        : undefined;
      const port = options.port ?? config.port;
      const { serveGateway } = await server();
      const service = await serveGateway({ urls, port, host: config.host, supergraphSdl });
      await finishStartup();
      console.error(`Gateway ready at ${service.url}`);
      onShutdown(service.close);
    }),
  );

program
  .command("token")
  .description(
    "Mint a short-lived bearer token signed with HUB_JWT_SECRET, for local use (prints it to stdout)",
  )
  .addOption(
    new Option("--role <role>", "who the token is for")
      .choices(["public", "force", "national", "admin"])
      .default("force"),
  )
  .option(
    "--force <slug...>",
    "the force(s) a force token acts for, e.g. hertfordshire",
    (value: string, previous: string[] = []) => [...previous, value],
  )
  .option("--subject <sub>", "the token subject (default: dev-<role>-<forces>)")
  .option("--ttl <duration>", "lifetime: seconds, or 15m, 2h (max 24h)", "1h")
  .action(
    runOnce(
      async (options: {
        role: "public" | "force" | "national" | "admin";
        force?: string[];
        subject?: string;
        ttl: string;
      }) => {
        const token = await mintToken(
          {
            role: options.role,
            forces: options.force ?? [],
            subject: options.subject,
            ttlSeconds: parseTtl(options.ttl),
          },
          loadConfig().tokens,
        );
        console.log(token);
      },
    ),
  );

registerImportCommand(program);
registerApiKeyCommand(program);

await program.parseAsync(process.argv);
