import type { EthnicGroup } from "../generated/prisma/enums.ts";
import { planTable, type TablePlan, type Tx } from "./engine.ts";

/** One PopulationBaseline record. */
export interface PopulationRecord {
  forceId: string;
  censusYear: number;
  ethnicGroup: EthnicGroup;
  /** The census's detailed category, or "ALL" where only the broad group is published. */
  ethnicity: string;
  population: number;
}

const key = (r: Omit<PopulationRecord, "population">) =>
  `${r.forceId}|${r.censusYear}|${r.ethnicGroup}|${r.ethnicity}`;

/** Plans PopulationBaseline writes for one census: loads that census's stored rows in one query. */
export async function planPopulation(
  tx: Tx,
  censusYear: number,
  records: PopulationRecord[],
): Promise<TablePlan> {
  const existing = await tx.populationBaseline.findMany({ where: { censusYear } });
  return planTable({
    table: "PopulationBaseline",
    incoming: records,
    existing,
    keyOf: key,
    keyOfExisting: key,
    same: (row, r) => row.population === r.population,
    insert: (tx, chunk, batchId) =>
      tx.populationBaseline.createMany({ data: chunk.map((r) => ({ ...r, batchId })) }),
    update: (tx, row, r, batchId) =>
      tx.populationBaseline.update({
        where: {
          forceId_censusYear_ethnicGroup_ethnicity: {
            forceId: row.forceId,
            censusYear: row.censusYear,
            ethnicGroup: row.ethnicGroup,
            ethnicity: row.ethnicity,
          },
        },
        data: { population: r.population, batchId },
      }),
    show: (v) => ({ population: (v as PopulationRecord).population }),
  });
}
