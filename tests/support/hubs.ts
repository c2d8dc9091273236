import type { Database } from "../../src/db/database.ts";
import { defaultBiConfig } from "../../src/server/bi.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";

export type HubMode = "monolith" | "gateway";

/** A monolith and a gateway on one database, with the BI caching settings (a 16 MB response cache). */
export async function startCachingHubs(database: Database): Promise<Record<HubMode, RunningHub>> {
  const bi = { ...defaultBiConfig, responseCacheMb: 16 };
  return {
    monolith: await startHub({ database, port: 0, mode: "monolith", bi }),
    gateway: await startHub({ database, port: 0, mode: "gateway", bi }),
  };
}

export async function closeHubs(hubs: Partial<Record<HubMode, RunningHub>> | undefined) {
  for (const hub of Object.values(hubs ?? {})) await hub?.close();
}
