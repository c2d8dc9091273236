import type { Db } from "../db/database.ts";
import type { ForceKind } from "../generated/prisma/enums.ts";
import type { RowProblem } from "./errors.ts";

export interface ForceInfo {
  id: string;
  name: string;
  pfaCode: string | null;
  regionId: string | null;
  kind: ForceKind;
}

/**
 * Finds forces the way the published files name them: by ONS PFA code, or by any known spelling
 * (data.police.uk id and name, Home Office name, ONS PFA name, ForceAlias), compared trimmed and
 * case-insensitively. Nothing fuzzier: an unknown spelling is an error to fix with an alias.
 */
export class ForceResolver {
  private readonly byId = new Map<string, ForceInfo>();
  private readonly byCode = new Map<string, ForceInfo>();
  private readonly byKey = new Map<string, ForceInfo | "ambiguous">();

  constructor(
    forces: Array<ForceInfo & { homeOfficeName: string | null; pfaName: string | null }>,
    aliases: Array<{ alias: string; forceId: string }>,
  ) {
    for (const force of forces) {
      const info: ForceInfo = {
        id: force.id,
        name: force.name,
        pfaCode: force.pfaCode,
        regionId: force.regionId,
        kind: force.kind,
      };
      this.byId.set(force.id, info);
      if (force.pfaCode) this.byCode.set(force.pfaCode, info);
      for (const name of [force.id, force.name, force.homeOfficeName, force.pfaName])
        this.addName(name, info);
    }
    for (const { alias, forceId } of aliases) {
      const info = this.byId.get(forceId);
      if (info) this.addName(alias, info);
    }
  }

  static async load(db: Db): Promise<ForceResolver> {
    const [forces, aliases] = await Promise.all([
      db.force.findMany({
        select: {
          id: true,
          name: true,
          pfaCode: true,
          regionId: true,
          kind: true,
          homeOfficeName: true,
          pfaName: true,
        },
      }),
      db.forceAlias.findMany({ select: { alias: true, forceId: true } }),
    ]);
    return new ForceResolver(forces, aliases);
  }

  get size(): number {
    return this.byId.size;
  }

  get all(): ForceInfo[] {
    return [...this.byId.values()];
  }

  byPfaCode(code: string): ForceInfo | undefined {
    return this.byCode.get(code.trim());
  }

  /** A force by any of its spellings; undefined when unknown or shared by two forces. */
  byName(name: string): ForceInfo | undefined {
    const found = this.byKey.get(normalise(name));
    return found === "ambiguous" ? undefined : found;
  }

  isAmbiguous(name: string): boolean {
    return this.byKey.get(normalise(name)) === "ambiguous";
  }

  /** Resolves a name cell, reporting an unknown or ambiguous force as a row problem. */
  resolveName(name: string, line: number, column: string, problems: RowProblem[]): ForceInfo | null {
    const force = this.byName(name);
    if (force) return force;
    problems.push({
      line,
      column,
      reason: this.isAmbiguous(name)
        ? `force name "${name}" matches more than one force`
        : `unknown force "${name}" (not a force id, name or alias in the database)`,
    });
    return null;
  }

  /** Resolves an ONS PFA code cell, reporting an unknown code as a row problem. */
  resolveCode(code: string, line: number, column: string, problems: RowProblem[]): ForceInfo | null {
    const force = this.byPfaCode(code);
    if (force) return force;
    problems.push({ line, column, reason: `unknown police force area code "${code}"` });
    return null;
  }

  private addName(name: string | null, info: ForceInfo) {
    if (!name) return;
    const key = normalise(name);
    const existing = this.byKey.get(key);
    if (existing === undefined) this.byKey.set(key, info);
    else if (existing !== "ambiguous" && existing.id !== info.id) this.byKey.set(key, "ambiguous");
  }
}

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** File-level problem when a data file is imported before the forces it refers to. */
export function requireForces(resolver: ForceResolver, problems: RowProblem[]): boolean {
  if (resolver.size > 0) return true;
  problems.push({
    line: null,
    reason: "the database has no forces yet: import the forces file first (hub import forces)",
  });
  return false;
}
