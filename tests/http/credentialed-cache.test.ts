import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../../src/db/database.ts";
import { defaultBiConfig } from "../../src/server/bi.ts";
import { type RunningHub, startHub } from "../../src/server/hub.ts";
import { createApiKey, revokeApiKey } from "../../src/services/api-keys.ts";
import { testDatabase } from "../support/database.ts";
import { createForces, signToken, testJwtSecret, uniq } from "../support/hub.ts";
import { closeHubs, startCachingHubs } from "../support/hubs.ts";

// A caller with a token or key gets answers from the response cache too, each under its verified
// viewer: never another caller's answer, never to a credential that no longer verifies.

let database: Database;
let forceIds: string[];
let hubs: Record<string, RunningHub>;
let uncaching: RunningHub;

beforeAll(async () => {
  vi.stubEnv("HUB_JWT_SECRET", testJwtSecret);
  database = await testDatabase("empty");
  forceIds = await createForces(database.db, 4);
  hubs = await startCachingHubs(database);
  uncaching = await startHub({
    database,
    port: 0,
    mode: "monolith",
    bi: { ...defaultBiConfig, responseCacheMb: 16, cacheCredentialed: false },
  });
});
afterAll(async () => {
  await closeHubs(hubs);
  await uncaching?.close();
  await database?.close();
  vi.unstubAllEnvs();
});

async function post(url: string, query: string, variables: Record<string, unknown>, headers = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    cache: response.headers.get("x-cache"),
    cacheControl: response.headers.get("cache-control"),
    text: await response.text(),
  };
}

const bearer = async (sub: string, role: string, forces: string[] = []) => ({
  authorization: `Bearer ${await signToken({ sub, role, forces })}`,
});
const viewerQuery = "{ viewer { subject role } }";
const evidenceTitles = `query ($id: ID!) { force(id: $id) { evidence(first: 10) { nodes { title } } } }`;
const createEvidence = `mutation ($input: CreateEvidenceInput!) { createEvidence(input: $input) {
  ... on MutationCreateEvidenceSuccess { evidence { id } } } }`;

describe.each(["monolith", "gateway"])(
  "the response cache for callers with credentials on the %s",
  (mode) => {
    const url = () => hubs[mode]!.url;
    const own = () => forceIds[mode === "monolith" ? 0 : 1]!;

    it("answers each viewer's repeat from its own entry, privately", async () => {
      const a = await bearer(`app-a-${uniq()}`, "force", [own()]);
      const b = await bearer(`app-b-${uniq()}`, "force", [own()]);
      const first = await post(url(), viewerQuery, {}, a);
      expect(first).toMatchObject({ status: 200, cache: "miss", cacheControl: "no-store" });
      expect(await post(url(), viewerQuery, {}, a)).toEqual({ ...first, cache: "hit" });
      // Same role and forces, another subject: its own entry and its own answer.
      const other = await post(url(), viewerQuery, {}, b);
      expect(other.cache).toBe("miss");
      expect(JSON.parse(other.text).data.viewer.subject).toMatch(/^app-b-/);
      expect(JSON.parse(first.text).data.viewer.subject).toMatch(/^app-a-/);
      // The public caller of the same body is another entry again.
      const anonymous = await post(url(), viewerQuery, {});
      expect(anonymous.cache).toBe("miss");
      expect(JSON.parse(anonymous.text)).toEqual({
        data: { viewer: { subject: "anonymous", role: "PUBLIC" } },
      });
    });

    it("shows a force its own draft at once and never to another force or the public", async () => {
      const author = await bearer(`force-app-${uniq()}`, "force", [own()]);
      const neighbour = await bearer(`force-app-${uniq()}`, "force", [forceIds[3]!]);
      const none = { data: { force: { evidence: { nodes: [] } } } };
      expect(JSON.parse((await post(url(), evidenceTitles, { id: own() }, author)).text)).toEqual(none);
      expect((await post(url(), evidenceTitles, { id: own() }, author)).cache).toBe("hit");

      const title = `Draft ${mode} ${uniq()}`;
      const input = { owner: { forceId: own() }, kind: "POLICY", title, summary: "s", status: "PLANNED" };
      const created = await post(url(), createEvidence, { input }, author);
      expect(JSON.parse(created.text).data.createEvidence.evidence.id).toMatch(/\w/);

      const mine = await post(url(), evidenceTitles, { id: own() }, author);
      expect(mine.cache).toBe("miss");
      expect(JSON.parse(mine.text).data.force.evidence.nodes).toEqual([{ title }]);
      expect(await post(url(), evidenceTitles, { id: own() }, author)).toEqual({ ...mine, cache: "hit" });
      for (const caller of [neighbour, {}]) {
        const seen = await post(url(), evidenceTitles, { id: own() }, caller);
        expect(JSON.parse(seen.text)).toEqual(none);
      }
    });

    it("refuses a credential that does not verify, whatever is cached for its claims", async () => {
      const sub = `national-${uniq()}`;
      const good = await bearer(sub, "national");
      await post(url(), viewerQuery, {}, good);
      expect((await post(url(), viewerQuery, {}, good)).cache).toBe("hit");
      const forged = {
        authorization: `Bearer ${await signToken({ sub, role: "national" }, "x".repeat(40))}`,
      };
      const refused = await post(url(), viewerQuery, {}, forged);
      expect(refused.status).toBe(401);
      expect(refused.cache).toBeNull();
      expect(JSON.parse(refused.text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    });

    it("keeps an API key's export answers until the key is revoked", async () => {
      const made = await createApiKey(database.db, {
        name: `bi-${uniq()}`,
        role: "national",
        forceIds: [],
        createdBy: "test",
      });
      if ("problem" in made) throw new Error(made.problem);
      const exportUrl = `${url().replace(/\/graphql$/, "")}/export/forces.csv?kind=TERRITORIAL`;
      const get = () => fetch(exportUrl, { headers: { "x-api-key": made.key } });
      const first = await get();
      const firstText = await first.text();
      expect(first.status).toBe(200);
      expect(first.headers.get("x-cache")).toBe("miss");
      expect(firstText).toContain(own());
      const second = await get();
      expect(second.headers.get("x-cache")).toBe("hit");
      expect(second.headers.get("cache-control")).toBe("private, no-store");
      expect(second.headers.get("etag")).toBeNull();
      expect(second.headers.get("content-type")).toBe(first.headers.get("content-type"));
      expect(await second.text()).toBe(firstText);

      await revokeApiKey(database.db, made.apiKey.id);
      const revoked = await get();
      expect(revoked.status).toBe(401);
      expect(revoked.headers.get("x-cache")).toBeNull();
    });
  },
);

describe("HUB_CACHE_CREDENTIALED=false", () => {
  it("runs every request that carries credentials", async () => {
    const headers = await bearer(`app-${uniq()}`, "national");
    for (let i = 0; i < 2; i++)
      expect((await post(uncaching.url, viewerQuery, {}, headers)).cache).toBeNull();
    // Public answers are still cached.
    await post(uncaching.url, viewerQuery, {});
    expect((await post(uncaching.url, viewerQuery, {})).cache).toBe("hit");
  });
});
