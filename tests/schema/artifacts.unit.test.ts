import { readdir, readFile } from "node:fs/promises";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { composeSupergraph, hubSubgraphSdls, schemaArtifacts } from "../../src/schema/artifacts.ts";

const committed = (file: string) => readFile(new URL(`../../schema/${file}`, import.meta.url), "utf8");

describe("schema/ artefacts", () => {
  const files = schemaArtifacts();

  it.each(Object.keys(files))(
    "%s equals what the code prints (run `npm run schema` if not)",
    async (file) => {
      expect(await committed(file)).toBe(files[file]);
    },
  );

  it("schema/ holds exactly those files (no SDL left from a removed subgraph)", async () => {
    const present = await readdir(new URL("../../schema/", import.meta.url));
    expect(present.filter((f) => f.endsWith(".graphql")).sort()).toEqual(Object.keys(files).sort());
  });

  it("the committed supergraph is a fresh composition of the committed subgraphs", async () => {
    const subgraphs = await Promise.all(
      hubSubgraphSdls().map(async (s) => ({ ...s, sdl: await committed(`${s.name}.graphql`) })),
    );
    expect(`${composeSupergraph(subgraphs).supergraphSdl}\n`).toBe(await committed("supergraph.graphql"));
  });

  it("composes without errors or hints", () => {
    const result = composeServices(hubSubgraphSdls().map((s) => ({ ...s, typeDefs: parse(s.sdl) })));
    expect(result.errors ?? []).toEqual([]);
    expect((result.hints ?? []).map((h) => h.toString())).toEqual([]);
  });
});
