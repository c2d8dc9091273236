import { describe, expect, it } from "vitest";
import type { Viewer } from "../../src/context.ts";
import { seesAllRawFigures, seesRawFigures } from "../../src/policy/disclosure.ts";

const viewer = (role: Viewer["role"], forceIds: string[] = []): Viewer => ({ subject: "t", role, forceIds });

describe("who sees raw figures", () => {
  it("national and admin everywhere; a force's token only its own force; public never", () => {
    expect(seesRawFigures(viewer("national"), "hertfordshire")).toBe(true);
    expect(seesRawFigures(viewer("admin"), null)).toBe(true);
    expect(seesRawFigures(viewer("force", ["hertfordshire"]), "hertfordshire")).toBe(true);
    expect(seesRawFigures(viewer("force", ["hertfordshire"]), "bedfordshire")).toBe(false);
    expect(seesRawFigures(viewer("force", ["hertfordshire"]), null)).toBe(false);
    expect(seesRawFigures(viewer("public", ["hertfordshire"]), "hertfordshire")).toBe(false);
    expect(seesRawFigures(viewer("public"), null)).toBe(false);
  });

  it("a token naming several forces sees suppressed figures (protection assumes one known force)", () => {
    expect(seesRawFigures(viewer("force", ["hertfordshire", "bedfordshire"]), "hertfordshire")).toBe(false);
  });

  it("all-or-nothing for lists", () => {
    expect(seesAllRawFigures(viewer("national"), null)).toBe(true);
    expect(seesAllRawFigures(viewer("force", ["hertfordshire"]), ["hertfordshire"])).toBe(true);
    expect(seesAllRawFigures(viewer("force", ["hertfordshire"]), null)).toBe(false);
    expect(seesAllRawFigures(viewer("force", ["hertfordshire"]), ["hertfordshire", "kent"])).toBe(false);
  });
});
