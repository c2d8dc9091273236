import { pino } from "pino";
import { loadLogLevel } from "./config.ts";

/** One JSON line per event on stdout; the level comes from LOG_LEVEL through src/config.ts. */
export const logger = pino({
  level: loadLogLevel(),
  // `service` is the per-request field (gateway, organisations, plan, workforce, monolith); the app is `app`.
  base: { app: "prap-hub" },
});

export type Logger = typeof logger;
