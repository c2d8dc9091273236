import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

type Collect = (options: { type: "major"; execution: "sync"; flavor: "last-resort" }) => void;
let collect: Collect | undefined;

/**
 * One last-resort collection: V8 keeps freed pages pooled for reuse and a young generation grown
 * under load, and its memory reducer returns them only after a full collection followed by 8 s without
 * much allocation, often ~30 s after the work stopped. V8 offers the collection only through its gc()
 * extension, which a new context exposes while --expose-gc is set (then unset: nothing else sees it).
 */
export function releaseGarbage(): void {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as Collect;
    setFlagsFromString("--no-expose-gc");
  }
  collect({ type: "major", execution: "sync", flavor: "last-resort" });
}

let lastActivity = 0;
let collectedSinceActivity = true;

/** A request was served (health checks and metrics scrapes are not activity: they allocate little). */
export function markActivity(): void {
  lastActivity = performance.now();
  collectedSinceActivity = false;
}

/**
 * After a burst of requests each process holds 340–590 MB of V8 pages that V8 returns ~30 s after the
 * load stops. Once `idleMs` pass without a request, one collection returns them (a hub that served the
 * force-app query under load went 266 → 203 MB). It runs once per quiet spell, so a busy hub never
 * pays for it; a request that arrives during it waits for it (~50–150 ms). Returns a stop function.
 */
export function collectWhenIdle(idleMs: number): () => void {
  const timer = setInterval(
    () => {
      if (collectedSinceActivity || performance.now() - lastActivity < idleMs) return;
      collectedSinceActivity = true;
      releaseGarbage();
    },
    Math.min(idleMs, 1_000),
  );
  timer.unref();
  return () => clearInterval(timer);
}
