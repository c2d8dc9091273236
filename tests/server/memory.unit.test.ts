import { setTimeout as sleep } from "node:timers/promises";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { collectWhenIdle, markActivity, releaseGarbage } from "../../src/server/memory.ts";

const MB = 1024 * 1024;
/** ~32 MB of heap: 200 × 20,000 doubles. */
const makeGarbage = () => Array.from({ length: 200 }, () => Array.from({ length: 20_000 }, Math.random));

describe("releaseGarbage", () => {
  it("collects what start-up left behind, and leaves gc() unexposed", () => {
    let garbage: number[][] | undefined = makeGarbage();
    const withGarbage = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(200);
    garbage = undefined;
    releaseGarbage();
    expect(withGarbage - process.memoryUsage().heapUsed).toBeGreaterThan(20 * MB);
    expect(runInNewContext("typeof gc")).toBe("undefined");
  });
});

describe("collectWhenIdle", () => {
  it("collects once requests have stopped for the quiet spell", async () => {
    releaseGarbage();
    const stop = collectWhenIdle(200);
    try {
      let garbage: number[][] | undefined = makeGarbage();
      markActivity();
      const withGarbage = process.memoryUsage().heapUsed;
      expect(garbage.length).toBe(200);
      garbage = undefined;
      await sleep(600);
      expect(withGarbage - process.memoryUsage().heapUsed).toBeGreaterThan(20 * MB);
    } finally {
      stop();
    }
  });
});
