import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importKinds } from "../../src/importers/index.ts";
import { SHIPPED_DATASETS } from "../../src/importers/manifest.ts";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The kinds named (in backticks) in the first column of the README's "Importing data" table. */
function readmeKinds(): string[] {
  const section = readme.split("### Importing data")[1]?.split("\n## ")[0] ?? "";
  const rows = section.split("\n").filter((line) => line.startsWith("| `"));
  return rows.flatMap((row) => [...(row.split("|")[1] ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

describe("import kinds", () => {
  it("the README's kinds table lists exactly the importers' kinds", () => {
    expect(readmeKinds().sort()).toEqual(Object.keys(importKinds).sort());
  });

  it("every shipped file is imported by a kind that exists", () => {
    const kinds = SHIPPED_DATASETS.flatMap((d) => d.imports.map((i) => i.kind));
    expect(kinds.filter((kind) => !(kind in importKinds))).toEqual([]);
    expect(kinds.length).toBeGreaterThanOrEqual(10);
  });
});
