import { pino } from "pino";
import { loadLogLevel } from "./config.ts";

/** One JSON line per event on stdout; the level comes from LOG_LEVEL through src/config.ts. */
export const logger = pino({
  level: loadLogLevel(),
  base: { service: "prap-hub" },
});

export type Logger = typeof logger;
