import { readFileSync } from "node:fs";
import { buildSchema, isScalarType, specifiedScalarTypes } from "graphql";
import { describe, expect, it } from "vitest";
import config from "../../codegen.ts";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("the README's client-codegen section", () => {
  it("maps exactly the custom scalars of schema/hub.graphql, as the project's codegen.ts does", () => {
    const builtIn = new Set(specifiedScalarTypes.map((s) => s.name));
    const custom = Object.values(buildSchema(read("schema/hub.graphql")).getTypeMap())
      .filter((t) => isScalarType(t) && !builtIn.has(t.name))
      .map((t) => t.name)
      .sort();
    const section = read("README.md").split("### Typed clients")[1] ?? "";
    const readmeMap = section.match(/scalars: \{([\s\S]*?)\}/)?.[1] ?? "";
    const readmeScalars = [...readmeMap.matchAll(/^\s+(\w+):/gm)].map((m) => m[1]).sort();
    const output = Object.values(config.generates)[0] as { config: { scalars: Record<string, string> } };
    expect(readmeScalars).toEqual(custom);
    expect(Object.keys(output.config.scalars).sort()).toEqual(custom);
  });
});
