import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse, printSchema } from "graphql";
import { defaultSubgraphPorts, type SubGraphName, subGraphNames } from "../builder.ts";
import { monolithSchema, subgraphSchema } from "./build.ts";

export function defaultSubgraphUrl(name: SubGraphName): string {
  return `http://localhost:${defaultSubgraphPorts[name]}/graphql`;
}

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

export function hubSubgraphSdls(): SubgraphSdl[] {
  return subGraphNames.map((name) => ({
    name,
    url: defaultSubgraphUrl(name),
    sdl: printSubgraphSchema(subgraphSchema(name)),
  }));
}

export interface Composition {
  supergraphSdl: string;
  hints: string[];
}

/** Composes subgraphs with @apollo/composition (offline). Throws with every composition error. */
export function composeSupergraph(subgraphs: SubgraphSdl[]): Composition {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })),
  );
  if (result.errors) {
    throw new Error(
      `Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`,
    );
  }
  return { supergraphSdl: result.supergraphSdl, hints: result.hints.map((h) => h.toString()) };
}

/** The files under schema/: the single-process graph, each subgraph, and the composed supergraph. */
export function schemaArtifacts(): Record<string, string> {
  const subgraphs = hubSubgraphSdls();
  const files: Record<string, string> = { "hub.graphql": `${printSchema(monolithSchema())}\n` };
  for (const s of subgraphs) files[`${s.name}.graphql`] = `${s.sdl}\n`;
  files["supergraph.graphql"] = `${composeSupergraph(subgraphs).supergraphSdl}\n`;
  return files;
}
