import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseStartupGarbage } from "../../src/cli/memory.ts";

describe("releaseStartupGarbage", () => {
  it("collects what start-up left behind, and leaves gc() unexposed", () => {
    let garbage: number[][] | undefined = Array.from({ length: 200 }, () =>
      Array.from({ length: 20_000 }, Math.random),
    );
    const withGarbage = process.memoryUsage().heapUsed;
    expect(garbage.length).toBe(200);
    garbage = undefined;
    releaseStartupGarbage();
    // 200 × 20,000 doubles are ~32 MB of heap.
    expect(withGarbage - process.memoryUsage().heapUsed).toBeGreaterThan(20 * 1024 * 1024);
    expect(runInNewContext("typeof gc")).toBe("undefined");
  });
});
