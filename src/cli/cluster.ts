import cluster from "node:cluster";
import { availableParallelism } from "node:os";

/** `--workers 0` means one per core. */
export function workerCount(requested: number): number {
  return requested === 0 ? availableParallelism() : requested;
}

/**
 * Forks `count` copies of this command that share its listening port (Node cluster: the primary
 * accepts connections and hands them out round-robin), restarts a worker that dies, and stops them
 * all on SIGINT/SIGTERM.
 */
export function forkWorkers(count: number) {
  let stopping = false;
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`Worker ${worker.process.pid} exited (${signal ?? code}): starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
