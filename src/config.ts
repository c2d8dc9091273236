import { resolve } from "node:path";
import { z } from "zod";
import { UserError } from "./errors.ts";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
      message: "must be a postgres:// or postgresql:// URL",
    }),
  HUB_DATA_DIR: z.string().trim().default("./.data"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  REDIS_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || /^rediss?:\/\//.test(value), {
      message: "must be a redis:// or rediss:// URL",
    }),
  HUB_CACHE_MAX_AGE: z.coerce.number().int().min(0).default(60),
  HUB_RESPONSE_CACHE_MB: z.coerce.number().min(0).default(64),
  HUB_TRUSTED_DOCUMENTS_ONLY: z.enum(["true", "false", "1", "0", ""]).default("false"),
});

export type DatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export interface HubConfig {
  database: DatabaseTarget;
  port: number;
  host: string;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  bi: BiConfig;
}

/** Caching of public GET answers and persisted operations (docs/bi.md). */
export interface BiConfig {
  /** Response cache in Redis when set, in memory otherwise. */
  redisUrl?: string;
  /** Cache-Control max-age of public GET answers, seconds. */
  maxAgeSeconds: number;
  /** Memory response cache size (MB); 0 turns the response cache off. */
  responseCacheMb: number;
  /** Accept only the trusted documents over /graphql (production). */
  trustedDocumentsOnly: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new UserError(`Invalid configuration: ${problems}`);
  }
  const c = parsed.data;
  return {
    database: c.DATABASE_URL
      ? { kind: "postgres", url: c.DATABASE_URL }
      : { kind: "pglite", dataDir: resolve(c.HUB_DATA_DIR) },
    port: c.PORT,
    host: c.HOST,
    logLevel: c.LOG_LEVEL,
    bi: {
      redisUrl: c.REDIS_URL,
      maxAgeSeconds: c.HUB_CACHE_MAX_AGE,
      responseCacheMb: c.HUB_RESPONSE_CACHE_MB,
      trustedDocumentsOnly: c.HUB_TRUSTED_DOCUMENTS_ONLY === "true" || c.HUB_TRUSTED_DOCUMENTS_ONLY === "1",
    },
  };
}

/** A URL with its password masked, safe to print. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `embedded PGlite database in ${target.dataDir}`;
  const url = new URL(target.url);
  if (url.password) url.password = "***";
  return `PostgreSQL at ${url.toString()}`;
}

/**
 * Switches off what third-party libraries send on their own, read from the environment by them:
 * Apollo Gateway reports usage to Apollo and probes cloud metadata services (AWS, GCP, Azure) at
 * start-up unless APOLLO_TELEMETRY_DISABLED is set. The hub makes no outbound call it was not
 * configured to make (tests/server/offline.test.ts).
 */
export function disableVendorTelemetry(env: NodeJS.ProcessEnv = process.env): void {
  env.APOLLO_TELEMETRY_DISABLED = "true";
}
