import { builder, subGraphNames } from "../../builder.ts";

/** ASC or DESC for every `orderBy` input. Declared in every subgraph; each prints it only where used. */
export const SortDirectionEnum = builder.enumType("SortDirection", {
  description: "Sort direction. Missing values (nulls) sort last in both directions.",
  subGraphs: [...subGraphNames],
  values: {
    ASC: { description: "Smallest, earliest or A first." },
    DESC: { description: "Largest, latest or Z first." },
  } as const,
});
