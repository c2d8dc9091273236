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
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  NODE_ENV: z.string().optional(),
  // Set by npm for `npm start`: npm forwards SIGTERM to its shell, which exits without passing it on.
  npm_lifecycle_event: z.string().optional(),
  // Browsers: "*" (any origin; tokens travel in a header, never cookies) or a comma-separated list.
  HUB_CORS_ORIGINS: z.string().trim().default("*"),
  HUB_MAX_BODY_BYTES: positive(1_048_576),
  HUB_MAX_DEPTH: positive(10),
  HUB_MAX_ALIASES: positive(30),
  HUB_MAX_DIRECTIVES: positive(20),
  HUB_MAX_TOKENS: positive(3_000),
  HUB_MAX_COST: positive(50_000),
  HUB_MAX_RESPONSE_BYTES: positive(10_485_760),
  // What a list without a page size (e.g. a region's forces) is assumed to hold when costing a query.
  HUB_LIST_SIZE_ESTIMATE: positive(50),
  HUB_MAX_LIST_ARGUMENT: positive(1_000),
  HUB_READY_TIMEOUT_MS: positive(2_000),
  HUB_SHUTDOWN_GRACE_MS: positive(10_000),
  HUB_JWT_SECRET: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || Buffer.byteLength(value) >= 32, {
      message: "must be at least 32 bytes (generate one with `openssl rand -base64 48`)",
    }),
  // A JWKS file path or https:// URL: verifies RS256/ES256/PS256/EdDSA tokens of an identity provider.
  HUB_JWT_JWKS: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined),
  HUB_JWT_ISSUER: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined),
  HUB_JWT_AUDIENCE: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined),
  HUB_JWT_MAX_LIFETIME_SECONDS: positive(86_400),
  HUB_JWT_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(600).default(30),
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
  HUB_TRUSTED_DOCUMENTS_ONLY: flag(false),
  HUB_CACHE_CREDENTIALED: flag(true),
  // "false" behind a pooler in transaction mode that cannot carry named statements (PgBouncer < 1.21).
  HUB_DB_PREPARED_STATEMENTS: flag(true),
  // Seconds without a request after which a serving process returns its spare memory; 0: never.
  HUB_IDLE_GC_SECONDS: z.coerce.number().min(0).default(10),
});

/** true/1 or false/0; unset or empty: the default. */
function flag(defaultValue: boolean) {
  return z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((value) => (value ? value === "true" || value === "1" : defaultValue));
}

function positive(defaultValue: number) {
  return z.coerce.number().int().positive().default(defaultValue);
}

type Env = z.infer<typeof schema>;

/** Every limit a GraphQL endpoint enforces (src/server/limits.ts). */
export interface LimitSettings {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  maxResponseBytes: number;
  listSizeEstimate: number;
  /** Items in any list argument (e.g. forceIds), however deeply nested in an input. */
  maxListArgument: number;
}

/** How bearer tokens are verified (src/auth.ts). */
export interface TokenSettings {
  secret?: string;
  jwks?: string;
  issuer?: string;
  audience?: string;
  maxLifetimeSeconds: number;
  clockSkewSeconds: number;
}

export interface HttpSettings {
  corsOrigins: "*" | string[];
  maxBodyBytes: number;
  readyTimeoutMs: number;
  shutdownGraceMs: number;
}

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string }
  /** preparedStatements: name each distinct statement (src/db/statement-names.ts); absent means on. */
  | { kind: "postgres"; url: string; preparedStatements?: boolean };

export interface HubConfig {
  database: DatabaseTarget;
  port: number;
  host: string;
  logLevel: NonNullable<Env["LOG_LEVEL"]>;
  /** Stack traces in GraphQL errors: only when NODE_ENV=development. */
  development: boolean;
  /** Run as an npm script: stop when the npm process that started it is gone. */
  exitWithParent: boolean;
  /** Quiet spell (ms) after which a serving process collects its garbage (src/server/memory.ts); 0: never. */
  idleCollectionMs: number;
  limits: LimitSettings;
  tokens: TokenSettings;
  http: HttpSettings;
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
  /** Cache answers to callers with a token or key too, each under its verified viewer (never shared). */
  cacheCredentialed: boolean;
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
      ? {
          kind: "postgres",
          url: c.DATABASE_URL,
          preparedStatements: c.HUB_DB_PREPARED_STATEMENTS,
        }
      : { kind: "pglite", dataDir: resolve(c.HUB_DATA_DIR) },
    port: c.PORT,
    host: c.HOST,
    logLevel: c.LOG_LEVEL ?? (c.NODE_ENV === "test" ? "silent" : "info"),
    development: c.NODE_ENV === "development",
    exitWithParent: c.npm_lifecycle_event !== undefined,
    idleCollectionMs: c.HUB_IDLE_GC_SECONDS * 1000,
    limits: {
      maxDepth: c.HUB_MAX_DEPTH,
      maxAliases: c.HUB_MAX_ALIASES,
      maxDirectives: c.HUB_MAX_DIRECTIVES,
      maxTokens: c.HUB_MAX_TOKENS,
      maxCost: c.HUB_MAX_COST,
      maxResponseBytes: c.HUB_MAX_RESPONSE_BYTES,
      listSizeEstimate: c.HUB_LIST_SIZE_ESTIMATE,
      maxListArgument: c.HUB_MAX_LIST_ARGUMENT,
    },
    tokens: {
      secret: c.HUB_JWT_SECRET,
      jwks: c.HUB_JWT_JWKS,
      issuer: c.HUB_JWT_ISSUER,
      audience: c.HUB_JWT_AUDIENCE,
      maxLifetimeSeconds: c.HUB_JWT_MAX_LIFETIME_SECONDS,
      clockSkewSeconds: c.HUB_JWT_CLOCK_SKEW_SECONDS,
    },
    http: {
      corsOrigins:
        c.HUB_CORS_ORIGINS === "*"
          ? "*"
          : c.HUB_CORS_ORIGINS.split(",")
              .map((origin) => origin.trim())
              .filter(Boolean),
      maxBodyBytes: c.HUB_MAX_BODY_BYTES,
      readyTimeoutMs: c.HUB_READY_TIMEOUT_MS,
      shutdownGraceMs: c.HUB_SHUTDOWN_GRACE_MS,
    },
    bi: {
      redisUrl: c.REDIS_URL,
      maxAgeSeconds: c.HUB_CACHE_MAX_AGE,
      responseCacheMb: c.HUB_RESPONSE_CACHE_MB,
      trustedDocumentsOnly: c.HUB_TRUSTED_DOCUMENTS_ONLY,
      cacheCredentialed: c.HUB_CACHE_CREDENTIALED,
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

/** The log level alone, for the logger created at import: an invalid setting elsewhere must not stop logging. */
export function loadLogLevel(env: NodeJS.ProcessEnv = process.env): HubConfig["logLevel"] {
  const level = schema.shape.LOG_LEVEL.safeParse(env.LOG_LEVEL);
  return (level.success && level.data) || (env.NODE_ENV === "test" ? "silent" : "info");
}

/**
 * Whether plugin-prisma checks that each prismaField resolver used the selection it was given (and warns
 * when not): while developing and testing only, it costs ~3% of a request. Read alone, for the schema
 * builder created at import (as loadLogLevel). Before, anything but NODE_ENV=production checked.
 */
export function loadPrismaQueryCheck(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === "development" || env.NODE_ENV === "test";
}
