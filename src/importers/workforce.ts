import { z } from "zod";
import type {
  DataQualityFlag,
  EthnicGroup,
  Gender,
  Rank,
  WorkerType,
  WorkforceEthnicity,
} from "../generated/prisma/enums.ts";
import { refreshWorkforceRollup } from "../services/analytics/workforce.ts";
import { count, decimal2, isoDay, march31, oneOf, text, validateRow, year } from "./cells.ts";
import {
  type ForceRecordsState,
  fixed2,
  type ImporterDefinition,
  insertJson,
  planTable,
  startWithForces,
  updateJsonById,
} from "./engine.ts";
import { regionId } from "./regions.ts";

// The Home Office "Police workforce, England and Wales" ethnicity open-data table format
// (data/home-office-workforce-ethnicity: both files) → WorkforceCount, as at 31 March of the year.
//
// Quirks handled:
// - Counts are text: "-" (nil or not published) → null, never 0; " 1,976 " → 1976.
// - Geo code "N/A" (British Transport Police, from 2007) → the force is found by its name; otherwise
//   the code decides and the name must name the same force.
// - From 2021: genders "Not stated", "Prefer not to say", "Prefer to self-describe", and ethnicity
//   "Other ethnic group" instead of "Chinese or Other Ethnic Group (pre 2021 category)".
// - "Ethnic group" (White / Not stated / "Black, Asian and Minority Ethnic") is not stored (it is
//   implied by Ethnicity) but must agree with it. Region is checked against the force's region.
// - ethnicGroup: "Chinese or Other (pre 2021)" → OTHER. Census 2021 counts Chinese people in Asian,
//   so officers' Asian share before 2021 excludes Chinese officers while the population's includes them.
// - The two shipped files overlap on Chief Officer rows for 2003–2006. They agree on every number
//   and differ only where the all-ranks file prints "-" and the cleaned chief-officers file prints 0
//   (the cleaning turned "-" into 0). A 0 arriving for a stored null is therefore treated as the
//   same value (unchanged; the null stays), while a "-" arriving for a stored 0 sets null. Either
//   import order ends in the same rows, and re-importing either file changes nothing.
// - A file that prints no "-" at all has been cleaned (the Home Office tables print "-", never 0):
//   its zeros are kept as 0 with the data-quality flag ZERO_MAY_BE_NOT_PUBLISHED. A cell keeps the
//   flag only while every file that gave it a number was a cleaned one.

const GENDERS: Record<string, Gender> = {
  Female: "FEMALE",
  Male: "MALE",
  "Not stated": "NOT_STATED",
  "Prefer not to say": "PREFER_NOT_TO_SAY",
  "Prefer to self-describe": "SELF_DESCRIBED",
};

const RANKS: Record<string, Rank> = {
  "Chief Officer": "CHIEF_OFFICER",
  "Chief Superintendent": "CHIEF_SUPERINTENDENT",
  Superintendent: "SUPERINTENDENT",
  "Chief Inspector": "CHIEF_INSPECTOR",
  Inspector: "INSPECTOR",
  Sergeant: "SERGEANT",
  Constable: "CONSTABLE",
  "N/A": "NOT_APPLICABLE",
  "Not applicable": "NOT_APPLICABLE",
};

const WORKER_TYPES: Record<string, WorkerType> = {
  "Police Officer": "POLICE_OFFICER",
  "Police Staff": "POLICE_STAFF",
  "Police Community Support Officer": "PCSO",
  PCSO: "PCSO",
  "Special Constable": "SPECIAL_CONSTABLE",
  "Designated Officer": "DESIGNATED_OFFICER",
};

const ETHNICITIES: Record<string, WorkforceEthnicity> = {
  "Asian or Asian British": "ASIAN",
  "Black or Black British": "BLACK",
  Mixed: "MIXED",
  White: "WHITE",
  "Chinese or Other Ethnic Group (pre 2021 category)": "CHINESE_OR_OTHER",
  "Other ethnic group": "OTHER",
  "Not stated": "NOT_STATED",
};

const ETHNIC_GROUP: Record<WorkforceEthnicity, EthnicGroup> = {
  ASIAN: "ASIAN",
  BLACK: "BLACK",
  MIXED: "MIXED",
  WHITE: "WHITE",
  CHINESE_OR_OTHER: "OTHER",
  OTHER: "OTHER",
  NOT_STATED: "NOT_STATED",
};

/** The table's "Ethnic group" column, as it must read for each broad group. */
const ETHNIC_GROUP_LABEL: Record<EthnicGroup, string> = {
  WHITE: "White",
  NOT_STATED: "Not stated",
  ASIAN: "Black, Asian and Minority Ethnic",
  BLACK: "Black, Asian and Minority Ethnic",
  MIXED: "Black, Asian and Minority Ethnic",
  OTHER: "Black, Asian and Minority Ethnic",
};

/** Home Office workforce-table region names that differ from the regions file's. */
const REGION_SPELLINGS: Record<string, string> = { Eastern: "East of England" };

const YEAR = "As at 31 March...";
const row = z.object({
  [YEAR]: year,
  "Geo code": text,
  "Force Name": text,
  Region: text,
  Gender: oneOf("gender", GENDERS),
  "Rank description": oneOf("rank", RANKS),
  "Worker type": oneOf("worker type", WORKER_TYPES),
  Ethnicity: oneOf("ethnicity", ETHNICITIES),
  "Ethnic group": text,
  "Total (headcount)": count({ dash: "null" }),
  "Total (FTE)": decimal2({ dash: "null" }),
});

interface WorkforceRecord {
  forceId: string;
  asAt: Date;
  workerType: WorkerType;
  rank: Rank;
  gender: Gender;
  ethnicity: WorkforceEthnicity;
  ethnicGroup: EthnicGroup;
  headcount: number | null;
  /** Fixed 2-decimal string. */
  fte: string | null;
  qualityFlags: DataQualityFlag[];
}

interface State extends ForceRecordsState<WorkforceRecord> {
  /** Whether any count in the file is "-": if none is, the file's zeros may be "-" cleaned to 0. */
  sawDash: boolean;
}

const zeroFlag: DataQualityFlag = "ZERO_MAY_BE_NOT_PUBLISHED";

/** Flags of a stored cell after an import: kept only while both sources are cleaned ones. */
function mergedFlags(
  stored: { headcount: number | null; qualityFlags: DataQualityFlag[] },
  incoming: WorkforceRecord,
): DataQualityFlag[] {
  if (merged(stored.headcount, incoming.headcount, 0) !== 0) return [];
  return stored.qualityFlags.includes(zeroFlag) && incoming.qualityFlags.includes(zeroFlag) ? [zeroFlag] : [];
}

const key = (r: Pick<WorkforceRecord, "forceId" | "asAt" | "workerType" | "rank" | "gender" | "ethnicity">) =>
  `${r.forceId}|${isoDay(r.asAt)}|${r.workerType}|${r.rank}|${r.gender}|${r.ethnicity}`;

/** A stored null ("-" in the source) already says what an incoming 0 says (see the header comment). */
function compatible<T>(stored: T | null, incoming: T | null, zero: T): boolean {
  return stored === incoming || (stored === null && incoming === zero);
}

function merged<T>(stored: T | null, incoming: T | null, zero: T): T | null {
  return stored === null && incoming === zero ? null : incoming;
}

export const workforceImporter: ImporterDefinition<State, "workforce"> = {
  kind: "workforce",
  afterWrite: refreshWorkforceRollup,
  description:
    "Home Office police workforce ethnicity open-data table (force × rank × gender × ethnicity, headcount and FTE at 31 March; data/home-office-workforce-ethnicity) → WorkforceCount",
  columns: [
    YEAR,
    "Geo code",
    "Force Name",
    "Region",
    "Gender",
    "Rank description",
    "Worker type",
    "Ethnicity",
    "Ethnic group",
    "Total (headcount)",
    "Total (FTE)",
  ],

  async start(db, ctx) {
    return { ...(await startWithForces<WorkforceRecord>(db, ctx)), sawDash: false };
  },

  row(state, { line, cells }, { problems }) {
    const r = validateRow(row, cells, line, problems);
    if (!r) return;
    const before = problems.length;
    const code = r["Geo code"];
    const name = r["Force Name"];
    let force = code === "N/A" ? null : state.resolver.resolveCode(code, line, "Geo code", problems);
    if (code === "N/A") force = state.resolver.resolveName(name, line, "Force Name", problems);
    else if (force) {
      const named = state.resolver.byName(name);
      if (named?.id !== force.id)
        problems.push({
          line,
          column: "Force Name",
          reason: named
            ? `"${name}" is ${named.id}, but geo code ${code} is ${force.id}`
            : `unknown force "${name}" (geo code ${code} is ${force.id})`,
        });
    }
    if (force) {
      const region = REGION_SPELLINGS[r.Region] ?? r.Region;
      if (force.regionId && (region === "N/A" || regionId(region) !== force.regionId))
        problems.push({
          line,
          column: "Region",
          reason: `"${r.Region}" is not ${force.id}'s region (${force.regionId})`,
        });
    }
    const ethnicGroup = ETHNIC_GROUP[r.Ethnicity];
    if (r["Ethnic group"] !== ETHNIC_GROUP_LABEL[ethnicGroup])
      problems.push({
        line,
        column: "Ethnic group",
        reason: `"${r["Ethnic group"]}" does not match ethnicity "${cells.Ethnicity?.trim()}" (expected "${ETHNIC_GROUP_LABEL[ethnicGroup]}")`,
      });
    if (r["Worker type"] === "POLICE_OFFICER" && r["Rank description"] === "NOT_APPLICABLE")
      problems.push({ line, column: "Rank description", reason: "a police officer must have a rank" });
    if (!force || problems.length > before) return;

    const record: WorkforceRecord = {
      forceId: force.id,
      asAt: march31(r[YEAR]),
      workerType: r["Worker type"],
      rank: r["Rank description"],
      gender: r.Gender,
      ethnicity: r.Ethnicity,
      ethnicGroup,
      headcount: r["Total (headcount)"],
      fte: r["Total (FTE)"],
      qualityFlags: [],
    };
    if (cells["Total (headcount)"]?.trim() === "-") state.sawDash = true;
    const k = key(record);
    if (state.keys.add(k, line, problems, k.replaceAll("|", " "))) state.records.push(record);
  },

  async plan(tx, state) {
    if (!state.sawDash) for (const r of state.records) if (r.headcount === 0) r.qualityFlags = [zeroFlag];
    const distinct = <T>(pick: (r: WorkforceRecord) => T) => [...new Set(state.records.map(pick))];
    const existing = await tx.workforceCount.findMany({
      where: {
        asAt: { in: distinct((r) => isoDay(r.asAt)).map((d) => new Date(d)) },
        workerType: { in: distinct((r) => r.workerType) },
        rank: { in: distinct((r) => r.rank) },
      },
      select: {
        id: true,
        forceId: true,
        asAt: true,
        workerType: true,
        rank: true,
        gender: true,
        ethnicity: true,
        ethnicGroup: true,
        headcount: true,
        fte: true,
        qualityFlags: true,
      },
    });
    return [
      planTable({
        table: "WorkforceCount",
        incoming: state.records,
        existing,
        keyOf: key,
        keyOfExisting: key,
        same: (row, r) =>
          row.ethnicGroup === r.ethnicGroup &&
          compatible(row.headcount, r.headcount, 0) &&
          compatible(fixed2(row.fte), r.fte, "0.00") &&
          mergedFlags(row, r).join() === row.qualityFlags.join(),
        insert: (tx, chunk, batchId) =>
          insertJson(
            tx,
            "workforce_count",
            {
              force_id: "text",
              as_at: "date",
              worker_type: '"WorkerType"',
              rank: '"Rank"',
              gender: '"Gender"',
              ethnicity: '"WorkforceEthnicity"',
              ethnic_group: '"EthnicGroup"',
              headcount: "integer",
              fte: "numeric",
              quality_flags: '"DataQualityFlag"[]',
              batch_id: "integer",
            },
            chunk.map((r) => ({
              force_id: r.forceId,
              as_at: isoDay(r.asAt),
              worker_type: r.workerType,
              rank: r.rank,
              gender: r.gender,
              ethnicity: r.ethnicity,
              ethnic_group: r.ethnicGroup,
              headcount: r.headcount,
              fte: r.fte,
              quality_flags: `{${r.qualityFlags.join(",")}}`,
              batch_id: batchId,
            })),
          ),
        update: (tx, row, r, batchId) =>
          tx.workforceCount.update({
            where: { id: row.id },
            data: {
              ethnicGroup: r.ethnicGroup,
              headcount: merged(row.headcount, r.headcount, 0),
              fte: merged(fixed2(row.fte), r.fte, "0.00"),
              qualityFlags: mergedFlags(row, r),
              batchId,
            },
          }),
        updateMany: (tx, pairs, batchId) =>
          updateJsonById(
            tx,
            "workforce_count",
            {
              ethnic_group: '"EthnicGroup"',
              headcount: "integer",
              fte: "numeric",
              quality_flags: '"DataQualityFlag"[]',
              batch_id: "integer",
            },
            pairs.map(([row, r]) => ({
              id: row.id,
              ethnic_group: r.ethnicGroup,
              headcount: merged(row.headcount, r.headcount, 0),
              fte: merged(fixed2(row.fte), r.fte, "0.00"),
              quality_flags: `{${mergedFlags(row, r).join(",")}}`,
              batch_id: batchId,
            })),
          ),
        show: (v) => {
          const r = v as { headcount: number | null; fte: string | { toFixed(d: number): string } | null };
          return {
            headcount: r.headcount,
            fte: typeof r.fte === "string" || r.fte === null ? r.fte : r.fte.toFixed(2),
          };
        },
      }),
    ];
  },
};
