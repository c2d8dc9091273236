import { randomUUID } from "node:crypto";
import type { Db } from "./db/database.ts";
import { createLoaders, type Loaders } from "./loaders.ts";

/** Who is asking. Force apps act for one or more forces; BI tools get the read-only public role. */
export interface Viewer {
  subject: string;
  role: "public" | "force" | "national" | "admin";
  forceIds: readonly string[];
}

export const anonymousViewer: Viewer = { subject: "anonymous", role: "public", forceIds: [] };

export interface HubContext {
  db: Db;
  loaders: Loaders;
  viewer: Viewer;
  requestId: string;
  /** The Authorization header as received, forwarded by the gateway to every subgraph. */
  authorization?: string;
  /** An export streaming every page of a trusted document: connections allow bigger pages. */
  bulk?: boolean;
}

export function createContext(input: {
  db: Db;
  viewer?: Viewer;
  requestId?: string;
  authorization?: string;
  bulk?: boolean;
}): HubContext {
  return {
    db: input.db,
    loaders: createLoaders(input.db),
    viewer: input.viewer ?? anonymousViewer,
    requestId: input.requestId ?? randomUUID(),
    authorization: input.authorization,
    bulk: input.bulk,
  };
}
