import { suppressList } from "../../analytics/disclosure.ts";
import {
  type RatioBounds,
  ratePerThousand,
  rateRatio,
  rateRatioBounds,
  rateRatioInterval,
  unknownShare,
} from "../../analytics/disproportionality.ts";
import { policePowerMapping } from "../../analytics/ethnic-groups.ts";
import type { Interval } from "../../analytics/intervals.ts";
import { nearestCensusYear } from "../../analytics/representation.ts";
import type { HubContext } from "../../context.ts";
import type { EthnicityBasis, PolicePower } from "../../generated/prisma/enums.ts";
import { seesAllRawFigures } from "../../policy/disclosure.ts";
import { checkCensusYear, checkConfidenceLevel } from "../common.ts";
import type { AreaSpec } from "./areas.ts";
import {
  type AreaUses,
  type GroupUses,
  type PowerWindow,
  type SubjectMapping,
  UNKNOWN_GROUP,
} from "./disproportionality.ts";

// Disproportionality of one area for one window, resolved lazily: every field reads the same batched
// statement (all areas of a request with the same parameters share it) and computes only itself.

export interface DisproportionalityParams {
  power?: PolicePower | null;
  tactic?: string | null;
  ethnicityBasis?: EthnicityBasis | null;
  periodEnd?: Date | null;
  censusYear?: number | null;
  referenceGroup?: string | null;
  confidenceLevel?: number | null;
  dataAsAt?: Date | null;
}

/** The whole-power total of each source, and how its ethnicity is recorded there. */
const defaults: Record<PolicePower, { tactic: string; basis: EthnicityBasis }> = {
  STOP_AND_SEARCH: { tactic: "ALL", basis: "SELF_DEFINED" },
  USE_OF_FORCE: { tactic: "Total Tactics", basis: "OFFICER_DEFINED" },
  TASER: { tactic: "CED", basis: "OFFICER_DEFINED" },
};

/** Subjects onto the census's own broad groups (Chinese with Asian), as Census 2021 holds them. */
const subjectMapping: SubjectMapping = policePowerMapping("CHINESE_IN_ASIAN");

export interface DisproportionalitySpec {
  window: PowerWindow;
  referenceGroup: string;
  confidenceLevel: number;
}

/** Defaults: stop and search, the power's whole total, the latest window, the census nearest its end. */
export function disproportionalitySpec(
  params: DisproportionalityParams | null | undefined,
): DisproportionalitySpec {
  const power = params?.power ?? "STOP_AND_SEARCH";
  const level = params?.confidenceLevel ?? 0.95;
  checkConfidenceLevel(level);
  const census = params?.censusYear;
  checkCensusYear(census);
  const periodEnd = params?.periodEnd ?? null;
  return {
    window: {
      power,
      tactic: params?.tactic ?? defaults[power].tactic,
      ethnicityBasis: params?.ethnicityBasis ?? defaults[power].basis,
      periodEnd,
      // Without a chosen period the latest windows the hub holds (2019–2026) are all nearest 2021.
      censusYear: census ?? (periodEnd ? nearestCensusYear(periodEnd) : 2021),
      dataAsAt: params?.dataAsAt ?? null,
    },
    referenceGroup: params?.referenceGroup ?? "WHITE",
    confidenceLevel: level,
  };
}

export type DataStatus = "COMPLETE" | "PARTIAL" | "NO_DATA";

const monthsBetween = (start: Date, end: Date) =>
  (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1;

export class AreaDisproportionality {
  constructor(
    private readonly ctx: HubContext,
    readonly spec: DisproportionalitySpec,
    readonly area: AreaSpec,
  ) {}

  data(): Promise<AreaUses> {
    return this.ctx.loaders.analytics.powerUses.load({
      params: { window: this.spec.window, mapping: subjectMapping },
      key: this.area,
    });
  }

  async status(): Promise<DataStatus> {
    const d = await this.data();
    if (d.forcesWithData.length === 0) return "NO_DATA";
    const full = d.periodStart && d.periodEnd ? monthsBetween(d.periodStart, d.periodEnd) : null;
    return d.forcesWithoutData.length === 0 && d.minMonths === full ? "COMPLETE" : "PARTIAL";
  }

  /** Groups whose use counts this viewer may not see (1–4 and their complements). */
  async hiddenGroups(): Promise<Set<string>> {
    const d = await this.data();
    if (seesAllRawFigures(this.ctx.viewer, [...d.forcesWithData, ...d.forcesWithoutData])) return new Set();
    return suppressList(new Map([...d.groups].map(([g, u]) => [g, u.uses]))).hidden;
  }

  /** A group's uses as this viewer may see them (null uses when hidden). */
  async group(group: string): Promise<GroupUses | null> {
    const found = (await this.data()).groups.get(group);
    if (!found) return null;
    return (await this.hiddenGroups()).has(group) ? { ...found, uses: null } : found;
  }

  async unknownUses(): Promise<number | null> {
    return (await this.group(UNKNOWN_GROUP))?.uses ?? null;
  }

  async unknownShare(): Promise<number | null> {
    const d = await this.data();
    const all = await Promise.all([...d.groups.keys()].map(async (g) => (await this.group(g))?.uses ?? null));
    const total = all.some((n) => n === null) ? null : all.reduce<number>((a, b) => a + (b ?? 0), 0);
    return unknownShare(await this.unknownUses(), total);
  }

  /**
   * Exposure for the ratio: Σ population × months ÷ the most months any member sent. The divisor is
   * common to both groups, so it cancels in the ratio; when every member sent the same months the
   * exposure is exactly the census population and the ratio is bit-for-bit the published formula.
   */
  async exposure(group: string): Promise<{ uses: number | null; exposure: number | null }> {
    const [d, g] = [await this.data(), await this.group(group)];
    if (!g || g.personMonths === null || !d.maxMonths) return { uses: g?.uses ?? null, exposure: null };
    return { uses: g.uses, exposure: g.personMonths / d.maxMonths };
  }

  forGroup(group: string): GroupDisproportionality {
    return new GroupDisproportionality(this, group);
  }
}

export class GroupDisproportionality {
  constructor(
    private readonly area: AreaDisproportionality,
    readonly group: string,
  ) {}

  async suppressed(): Promise<boolean> {
    const hidden = await this.area.hiddenGroups();
    return hidden.has(this.group) || hidden.has(this.area.spec.referenceGroup);
  }

  async uses() {
    return (await this.area.group(this.group))?.uses ?? null;
  }

  async population() {
    return (await this.area.group(this.group))?.population ?? null;
  }

  async ratePerThousand(): Promise<number | null> {
    const [d, g] = [await this.area.data(), await this.area.group(this.group)];
    if (!g || g.personMonths === null || !d.maxMonths) return null;
    // Annualised over the person-months the members submitted (Σ population × months).
    return ratePerThousand(g.uses, g.personMonths / d.maxMonths, d.maxMonths);
  }

  private async pair() {
    const c = await this.area.exposure(this.group);
    const r = await this.area.exposure(this.area.spec.referenceGroup);
    return { c, r };
  }

  async ratio(): Promise<number | null> {
    const { c, r } = await this.pair();
    return rateRatio(c.uses, c.exposure, r.uses, r.exposure);
  }

  async ratioInterval(): Promise<Interval | null> {
    const { c, r } = await this.pair();
    return rateRatioInterval(c.uses, c.exposure, r.uses, r.exposure, this.area.spec.confidenceLevel);
  }

  async ratioBounds(): Promise<RatioBounds | null> {
    const { c, r } = await this.pair();
    return rateRatioBounds(c.uses, c.exposure, r.uses, r.exposure, await this.area.unknownUses());
  }
}
