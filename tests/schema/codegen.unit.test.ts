import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../../codegen.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("tests/generated (GraphQL Code Generator)", () => {
  it("equals what codegen.ts produces from schema/hub.graphql (run `npm run codegen` if not)", async () => {
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: root, silent: true },
      false,
    );
    const generated = Object.fromEntries(
      outputs.map((o) => [relative(root, join(root, o.filename)), o.content]),
    );
    const committedFiles = (await readdir(join(root, "tests/generated"))).map((f) => `tests/generated/${f}`);
    expect(Object.keys(generated).sort()).toEqual(committedFiles.sort());
    for (const [file, content] of Object.entries(generated)) {
      expect(await readFile(join(root, file), "utf8"), file).toBe(content);
    }
    expect(generated["tests/generated/graphql.ts"]).toContain("export const ForceAppHertfordshireDocument");
  });
});
