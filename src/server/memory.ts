import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Start-up (composing the supergraph, building four schemas, the first compiles) leaves ~55 MB of
 * garbage and freed pages that V8 keeps pooled for reuse. Its memory reducer returns them only after
 * a full collection followed by 8 s without much allocation, so a hub that has just started keeps
 * ~250 MB resident where ~195 MB are live (measured on the default `start`). One last-resort
 * collection at the end of start-up returns them at once (~130 ms, before the first request). V8
 * offers it only through its gc() extension, which a new context exposes while --expose-gc is set.
 */
export function releaseStartupGarbage(): void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as (options: { type: string; execution: string; flavor: string }) => void;
  setFlagsFromString("--no-expose-gc");
  gc({ type: "major", execution: "sync", flavor: "last-resort" });
}
