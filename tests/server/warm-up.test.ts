import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { logger } from "../../src/logger.ts";
import { defaultBiConfig } from "../../src/server/bi.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { warmUp } from "../../src/server/warm-up.ts";
import { testDatabase } from "../support/database.ts";

let database: Database;
let hub: RunningHub;

beforeAll(async () => {
  database = await testDatabase("seeded");
  // Trusted documents only: the warm-up must pass the strictest production setting.
  hub = await startHub({
    database,
    port: 0,
    bi: { ...defaultBiConfig, responseCacheMb: 8, trustedDocumentsOnly: true },
  });
});
afterAll(async () => {
  await hub?.close();
  await database?.close();
});
afterEach(() => vi.restoreAllMocks());

async function post(body: unknown) {
  const response = await fetch(hub.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { cache: response.headers.get("x-cache"), body: (await response.json()) as Record<string, unknown> };
}

describe("start-up warm-up", () => {
  it("answers the documented force-app and national queries through the gateway without a warning", async () => {
    const warned = vi.spyOn(logger, "warn");
    await warmUp(hub.url);
    expect(warned).not.toHaveBeenCalled();
    // Only an error-free answer is stored: each document was resolved in full by the warm-up.
    for (const documentId of ["ForceAppHertfordshire", "NationalRepresentation"]) {
      const answer = await post({ documentId });
      expect(answer.cache).toBe("hit");
      expect(answer.body.errors).toBeUndefined();
    }
    const forceApp = await post({ documentId: "ForceAppHertfordshire" });
    expect((forceApp.body.data as { force: { name: string } }).force.name).toBe("Hertfordshire Constabulary");
  });

  it("logs and carries on when the endpoint cannot answer", async () => {
    const refusing = createServer((_req, res) => res.writeHead(503).end("{}"));
    await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
    const { port } = refusing.address() as AddressInfo;
    const warned = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    try {
      await expect(warmUp(`http://127.0.0.1:${port}/graphql`)).resolves.toBeUndefined();
    } finally {
      refusing.close();
    }
    expect(warned.mock.calls.map(([entry]) => (entry as { documentId: string }).documentId)).toEqual([
      "ForceAppHertfordshire",
      "NationalRepresentation",
    ]);
  });
});
