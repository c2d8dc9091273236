import { describe, expect, it } from "vitest";
import { VersionedCache } from "../../src/services/data-version.ts";

const loader = () => {
  const calls: string[][] = [];
  const load = async (keys: string[]) => {
    calls.push(keys);
    return keys.map((k) => `${k}@${calls.length}`);
  };
  return { calls, load };
};

describe("VersionedCache", () => {
  it("loads only what it has not seen at this version, in one call, and shares loads in flight", async () => {
    const cache = new VersionedCache<string>(10);
    const { calls, load } = loader();
    const [a, b] = await Promise.all([
      cache.loadMany("v1", ["x", "y", "x"], String, load),
      cache.loadMany("v1", ["y", "z"], String, load),
    ]);
    expect(a).toEqual(["x@1", "y@1", "x@1"]);
    expect(b).toEqual(["y@1", "z@2"]);
    expect(calls).toEqual([["x", "y"], ["z"]]);
    expect(await cache.loadMany("v1", ["z", "x"], String, load)).toEqual(["z@2", "x@1"]);
    expect(calls).toHaveLength(2);
  });

  it("reads again at a new version", async () => {
    const cache = new VersionedCache<string>(10);
    const { calls, load } = loader();
    await cache.loadMany("v1", ["x"], String, load);
    expect(await cache.loadMany("v2", ["x"], String, load)).toEqual(["x@2"]);
    expect(calls).toEqual([["x"], ["x"]]);
  });

  it("forgets a failed load, so the next request tries again", async () => {
    const cache = new VersionedCache<string>(10);
    await expect(
      cache.loadMany("v1", ["x"], String, () => Promise.reject(new Error("down"))),
    ).rejects.toThrow("down");
    const { load } = loader();
    expect(await cache.loadMany("v1", ["x"], String, load)).toEqual(["x@1"]);
  });

  it("keeps at most its bound, dropping the oldest, and still answers a call larger than the bound", async () => {
    const cache = new VersionedCache<string>(2);
    const { calls, load } = loader();
    expect(await cache.loadMany("v1", ["a", "b", "c"], String, load)).toEqual(["a@1", "b@1", "c@1"]);
    await cache.loadMany("v1", ["b", "c"], String, load);
    expect(calls).toHaveLength(1);
    await cache.loadMany("v1", ["a"], String, load);
    expect(calls).toEqual([["a", "b", "c"], ["a"]]);
  });
});
