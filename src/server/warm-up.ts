import { logger } from "../logger.ts";

/**
 * Trusted documents (examples/operations) that between them reach every subgraph and the public
 * workforce figures: sent by documentId, so a hub that runs only trusted documents accepts them too.
 */
const warmUpDocuments = ["ForceAppHertfordshire", "NationalRepresentation"] as const;

/**
 * Sends the documented force-app and national queries to the hub's own endpoint before start-up ends.
 * The first request of a process pays for its first plans, compiled statements and caches, and its
 * survivors make V8 grow the young generation from ~1 to 16 MB, which it keeps until its memory reducer
 * runs; done here, start-up's last collection (src/server/memory.ts) returns that memory and the first
 * caller gets a warm hub. A failure is logged, never fatal: the hub serves as it would have.
 */
export async function warmUp(url: string): Promise<void> {
  for (const documentId of warmUpDocuments) {
    const started = performance.now();
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": `start-up-warm-up-${documentId}` },
        body: JSON.stringify({ documentId }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (!response.ok || body.errors?.length)
        throw new Error(`${response.status}: ${body.errors?.map((e) => e.message).join("; ") ?? "no data"}`);
      logger.debug({ msg: "start-up warm-up", documentId, ms: Math.round(performance.now() - started) });
    } catch (error) {
      logger.warn({ msg: "start-up warm-up failed", documentId, err: error });
    }
  }
}
