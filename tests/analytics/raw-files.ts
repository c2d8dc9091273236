import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

// Independent readers of the shipped raw files, for tests that recompute the hub's figures without
// the hub's importers or SQL. Force names are turned into data.police.uk ids by the rule the files
// allow ("Avon & Somerset" → avon-and-somerset), not by the hub's resolver.

type Row = Record<string, string>;
const read = (path: string): Row[] =>
  parse(readFileSync(path), { columns: true, skip_empty_lines: true, trim: true });

export const slug = (name: string) =>
  name
    .toLowerCase()
    .replaceAll("&", " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export interface StopSearchRow {
  forceId: string;
  months: number;
  white: number | null;
  black: number | null;
  unknown: number | null;
  popWhite: number;
  popBlack: number;
  published: number | null;
}

export function stopSearchRatioFile(): StopSearchRow[] {
  return read("data/stop-search-black-white-ratio-2025-26/black-white-stop-search-ratio-by-force.csv").map(
    (r) => ({
      forceId: r.force_id!,
      months: Number(r.months_submitted),
      white: r.n_reference ? Number(r.n_reference) : null,
      black: r.n_comparison ? Number(r.n_comparison) : null,
      unknown: r.unknown_events ? Number(r.unknown_events) : null,
      popWhite: Number(r.population_reference),
      popBlack: Number(r.population_comparison),
      published: r.ratio ? Number(r.ratio) : null,
    }),
  );
}

/** Region id → force ids, from the Home Office regions file. */
export function regionsFile(): Map<string, string[]> {
  const regions = new Map<string, string[]>();
  for (const r of read("data/police-regions-ced-2019-20/ced-use-by-force-region-april2019-march2020.csv")) {
    const force = r["Police force"]!;
    if (force.startsWith("*")) continue;
    const region = slug(r.Region!);
    regions.set(region, [...(regions.get(region) ?? []), slug(force)]);
  }
  return regions;
}
