import { z } from "zod";
import type { Country, ForceKind } from "../generated/prisma/enums.ts";
import { oneOf, optionalText, text, validateRow } from "./cells.ts";
import { type ImporterDefinition, KeyTracker, planTable } from "./engine.ts";

// forces.csv (data.police.uk ids → ONS PFA codes) → Force + ForceAlias.
// The region of each force comes from the `regions` import (this importer never touches regionId).

/**
 * The Home Office's spelling of a force where it differs from the ONS PFA name, as the Home Office
 * tables shipped in data/ print it. Other forces: the Home Office uses the PFA name.
 * Northern Ireland: the Home Office tables cover England and Wales only, so no Home Office name.
 */
const HOME_OFFICE_NAMES: Record<string, string | null> = {
  "avon-and-somerset": "Avon & Somerset",
  "city-of-london": "City of London",
  metropolitan: "Metropolitan",
  btp: "British Transport Police",
  "northern-ireland": null,
};

/** Spellings seen in the shipped files that are neither an id, a name, a PFA name nor a Home Office name. */
const EXTRA_ALIASES: Record<string, string[]> = {
  // data/stop-search-totals-by-force-2024-25 writes BTP's id as british-transport-police.
  btp: ["british-transport-police"],
};

/** Forces without a police force area. BTP polices the railways of England, Wales and Scotland. */
const SPECIAL_FORCES: Record<string, { country: Country }> = {
  btp: { country: "GREAT_BRITAIN" },
};

const COUNTRIES: Record<string, Country> = {
  england: "ENGLAND",
  wales: "WALES",
  northern_ireland: "NORTHERN_IRELAND",
};

const CODE_COUNTRY: Record<string, Country> = { E: "ENGLAND", W: "WALES", N: "NORTHERN_IRELAND" };

const row = z.object({
  force_id: text.refine(
    (v) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v),
    "is not a lower-case id like avon-and-somerset",
  ),
  name: text,
  pfa_code: optionalText.refine(
    (v) => v === null || /^[EWN]\d{8}$/.test(v),
    "is not an ONS code like E23000036",
  ),
  pfa_name: optionalText,
  country: z.string().transform((v) => v.trim()),
  notes: optionalText,
});

interface ForceRecord {
  id: string;
  name: string;
  homeOfficeName: string | null;
  pfaCode: string | null;
  pfaName: string | null;
  country: Country;
  kind: ForceKind;
  notes: string | null;
}

interface State {
  forces: ForceRecord[];
  aliases: Array<{ alias: string; forceId: string; line: number }>;
  keys: KeyTracker;
  codes: KeyTracker;
}

const countryCell = oneOf("country", COUNTRIES);

export const forcesImporter: ImporterDefinition<State, "forces"> = {
  kind: "forces",
  description:
    "Forces list (data/forces/forces.csv: data.police.uk id, name, ONS PFA code and name, country) → Force and ForceAlias",
  columns: ["force_id", "name", "pfa_code", "pfa_name", "country", "notes"],

  async start() {
    return { forces: [], aliases: [], keys: new KeyTracker(), codes: new KeyTracker() };
  },

  row(state, { line, cells }, { problems }) {
    const r = validateRow(row, cells, line, problems);
    if (!r) return;
    const special = SPECIAL_FORCES[r.force_id];
    let country: Country;
    if (special) {
      if (r.pfa_code)
        problems.push({ line, column: "pfa_code", reason: `${r.force_id} has no police force area` });
      if (r.country)
        problems.push({ line, column: "country", reason: `${r.force_id} has no single country` });
      country = special.country;
    } else {
      if (!r.pfa_code) {
        problems.push({ line, column: "pfa_code", reason: "is empty (only BTP has no police force area)" });
        return;
      }
      const parsed = countryCell.safeParse(r.country);
      if (!parsed.success) {
        problems.push({
          line,
          column: "country",
          reason: parsed.error.issues[0]?.message ?? "is not a country",
        });
        return;
      }
      country = parsed.data;
      if (CODE_COUNTRY[r.pfa_code[0]!] !== country)
        problems.push({
          line,
          column: "country",
          reason: `${r.country} does not match PFA code ${r.pfa_code}`,
        });
    }
    if (!state.keys.add(r.force_id, line, problems, r.force_id)) return;
    if (r.pfa_code && !state.codes.add(r.pfa_code, line, problems, r.pfa_code)) return;

    const homeOfficeName = r.force_id in HOME_OFFICE_NAMES ? HOME_OFFICE_NAMES[r.force_id]! : r.pfa_name;
    state.forces.push({
      id: r.force_id,
      name: r.name,
      homeOfficeName,
      pfaCode: r.pfa_code,
      pfaName: r.pfa_name,
      country,
      kind: special ? "SPECIAL" : "TERRITORIAL",
      notes: r.notes,
    });
    const spellings = new Set([homeOfficeName, r.pfa_name, ...(EXTRA_ALIASES[r.force_id] ?? [])]);
    for (const alias of spellings) {
      if (alias && alias !== r.force_id && alias !== r.name)
        state.aliases.push({ alias, forceId: r.force_id, line });
    }
  },

  finish(state, { problems }) {
    const owner = new Map<string, { forceId: string; line: number }>();
    for (const a of state.aliases) {
      const first = owner.get(a.alias.toLowerCase());
      if (first && first.forceId !== a.forceId)
        problems.push({
          line: a.line,
          reason: `spelling "${a.alias}" also names ${first.forceId} (line ${first.line})`,
        });
      else owner.set(a.alias.toLowerCase(), a);
    }
    for (const f of state.forces) {
      const clash = owner.get(f.name.toLowerCase());
      if (clash && clash.forceId !== f.id)
        problems.push({ line: clash.line, reason: `spelling "${f.name}" is also the name of ${f.id}` });
    }
  },

  async plan(tx, state) {
    const [forces, aliases] = await Promise.all([tx.force.findMany(), tx.forceAlias.findMany()]);
    const fields = (f: ForceRecord) => ({
      name: f.name,
      homeOfficeName: f.homeOfficeName,
      pfaCode: f.pfaCode,
      pfaName: f.pfaName,
      country: f.country,
      kind: f.kind,
      notes: f.notes,
    });
    return [
      planTable({
        table: "Force",
        incoming: state.forces,
        existing: forces,
        keyOf: (f) => f.id,
        keyOfExisting: (f) => f.id,
        same: (row, f) => JSON.stringify(fields(row)) === JSON.stringify(fields(f)),
        insert: (tx, records) => tx.force.createMany({ data: records }),
        update: (tx, row, f) => tx.force.update({ where: { id: row.id }, data: fields(f) }),
        show: (f) => fields(f as ForceRecord),
      }),
      planTable({
        table: "ForceAlias",
        incoming: state.aliases,
        existing: aliases,
        keyOf: (a) => a.alias,
        keyOfExisting: (a) => a.alias,
        same: (row, a) => row.forceId === a.forceId,
        insert: (tx, records) =>
          tx.forceAlias.createMany({ data: records.map(({ alias, forceId }) => ({ alias, forceId })) }),
        update: (tx, row, a) =>
          tx.forceAlias.update({ where: { alias: row.alias }, data: { forceId: a.forceId } }),
        show: (a) => ({ forceId: (a as { forceId: string }).forceId }),
      }),
    ];
  },
};
