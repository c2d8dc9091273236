import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const generatedClient = readFileSync(
  new URL("../../src/generated/prisma/internal/class.ts", import.meta.url),
  "utf8",
);

describe("the generated Prisma client (patched by scripts/postinstall.mjs)", () => {
  it("reads its query compiler from the decoded .wasm, not from a base64 module held in memory", () => {
    expect(generatedClient).toContain("scripts/postinstall.mjs decoded");
    expect(generatedClient).not.toMatch(/import\("[^"]+\.wasm-base64\.mjs"\)/);
  });
});
