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

/** ONS PFA code → data.police.uk id, from the forces file. */
export function pfaToForce(): Map<string, string> {
  return new Map(
    read("data/forces/forces.csv")
      .filter((r) => r.pfa_code)
      .map((r) => [r.pfa_code!, r.force_id!]),
  );
}

export interface WorkforceCell {
  year: number;
  forceId: string;
  gender: string;
  rank: string;
  ethnicity: string;
  /** Null where the table prints "-". */
  headcount: number | null;
}

const homeOfficeFiles = {
  officers: "data/home-office-workforce-ethnicity/officers-by-force-rank-gender-ethnicity-2003-2006.csv",
  chiefOfficers:
    "data/home-office-workforce-ethnicity/chief-officers-by-force-gender-ethnicity-2003-2021.csv",
};

/** Home Office officer cells as printed ("1,234" → 1234, "-" → null). */
export function workforceFile(which: keyof typeof homeOfficeFiles): WorkforceCell[] {
  const forces = pfaToForce();
  return read(homeOfficeFiles[which]).map((r) => {
    const printed = r["Total (headcount)"]!.replaceAll(",", "").trim();
    return {
      year: Number(r["As at 31 March..."]),
      forceId: forces.get(r["Geo code"]!)!,
      gender: r.Gender!,
      rank: r["Rank description"]!,
      ethnicity: r.Ethnicity!,
      headcount: printed === "-" || printed === "" ? null : Number(printed),
    };
  });
}

/** Census 2011 usual residents by police force area: Black and all residents (police-defined groups). */
export function census2011(): Map<string, { black: number; white: number; total: number }> {
  const rows = read("data/census2011-ethnicity-by-pfa/police-defined-demographics.csv");
  return new Map(
    rows.map((r) => {
      const values = Object.entries(r)
        .filter(([k]) => k !== "Police force")
        .map(([, v]) => Number(v));
      return [
        slug(r["Police force"]!),
        {
          black: Number(r["Black (or Black British)"]),
          white: Number(r.White),
          total: values.reduce((a, b) => a + b, 0),
        },
      ];
    }),
  );
}
