import { describe, expect, it } from "vitest";
import {
  type Dimension,
  disclosureTable,
  isSmallCount,
  suppressList,
} from "../../src/analytics/disclosure.ts";

const groups: Dimension = {
  name: "ethnicity",
  leaves: ["ASIAN", "BLACK", "MIXED", "WHITE", "OTHER", "NOT_STATED"],
  margins: [
    ["MINORITY", ["ASIAN", "BLACK", "MIXED", "OTHER"]],
    ["STATED", ["MINORITY", "WHITE"]],
    ["ALL", ["STATED", "NOT_STATED"]],
  ],
};

/** Every published line (a margin and its children) has 0 or at least `min` hidden cells. */
function lineHiddenCounts(table: ReturnType<typeof disclosureTable>, dims: Dimension[]) {
  const counts: number[] = [];
  const nodes = dims.map((d) => [...d.leaves, ...(d.margins ?? []).map(([n]) => n)]);
  dims.forEach((dim, d) => {
    const others = (k: number, at: string[]): string[][] =>
      k === dims.length
        ? [at]
        : k === d
          ? others(k + 1, [...at, ""])
          : nodes[k]!.flatMap((n) => others(k + 1, [...at, n]));
    for (const base of others(0, []))
      for (const [parent, children] of dim.margins ?? []) {
        const cell = (n: string) => base.map((v, k) => (k === d ? n : v));
        counts.push([parent, ...children].filter((n) => table.hidden(cell(n))).length);
      }
  });
  return counts;
}

describe("disclosure control", () => {
  it("treats 1–4 as small; 0, 5 and not published are not", () => {
    expect([0, 1, 4, 5, null].map((n) => isSmallCount(n))).toEqual([false, true, true, false, false]);
  });

  it("hides small cells and a complement, shows zeros, keeps not-published as null", () => {
    // Hertfordshire officers, all ranks, 31 March 2006 by group (Home Office table).
    const counts = { ASIAN: 21, BLACK: 12, MIXED: 22, WHITE: 2137, OTHER: 4, NOT_STATED: 75 };
    const table = disclosureTable(
      [groups],
      Object.entries(counts).map(([g, n]) => ({ at: [g], count: n })),
    );
    expect(table.hidden(["OTHER"])).toBe(true);
    // The smallest non-zero cell of the minority line joins it, so MINORITY − the rest gives nothing.
    expect(table.hidden(["BLACK"])).toBe(true);
    expect(table.visible(["MINORITY"])).toBe(59);
    expect(table.visible(["STATED"])).toBe(2196);
    expect(table.visible(["ASIAN"])).toBe(21);
    expect(table.hiddenCells()).toEqual([["BLACK"], ["OTHER"]]);
    expect(table.visibleSum([["ASIAN"], ["MIXED"]])).toEqual({ value: 43, hidden: false });
    expect(table.visibleSum([["ASIAN"], ["BLACK"]])).toEqual({ value: null, hidden: true });

    const zeros = disclosureTable(
      [groups],
      [
        { at: ["WHITE"], count: 40 },
        { at: ["BLACK"], count: 0 },
        { at: ["ASIAN"], count: null },
      ],
    );
    expect(zeros.visible(["BLACK"])).toBe(0);
    expect(zeros.value(["ASIAN"])).toBeNull();
    expect(zeros.hidden(["ASIAN"])).toBe(false);
    expect(zeros.value(["OTHER"])).toBeNull();
    expect(zeros.visible(["STATED"])).toBe(40);
  });

  it("hides a margin that equals its one hidden child when nothing else is non-zero", () => {
    const table = disclosureTable(
      [groups],
      [
        { at: ["WHITE"], count: 0 },
        { at: ["BLACK"], count: 3 },
        { at: ["NOT_STATED"], count: 0 },
      ],
    );
    expect(table.hidden(["BLACK"])).toBe(true);
    expect(table.hidden(["MINORITY"])).toBe(true);
    expect(table.hidden(["STATED"])).toBe(true);
    expect(table.hidden(["ALL"])).toBe(true);
  });

  it("keeps every line of a two-way table at 0 or ≥2 hidden, and ≥3 across forces", () => {
    const forces: Dimension = {
      name: "force",
      leaves: ["a", "b", "c", "d", "e"],
      margins: [["NATIONAL", ["a", "b", "c", "d", "e"]]],
      knownMembers: 1,
    };
    const ranks: Dimension = {
      name: "rank",
      leaves: ["chief", "constable"],
      margins: [["ALL", ["chief", "constable"]]],
    };
    const counts: Record<string, [number, number]> = {
      a: [1, 40],
      b: [0, 55],
      c: [6, 70],
      d: [7, 90],
      e: [9, 120],
    };
    const cells = Object.entries(counts).flatMap(([f, [chief, constable]]) => [
      { at: [f, "chief"], count: chief },
      { at: [f, "constable"], count: constable },
    ]);
    const table = disclosureTable([forces, ranks], cells);
    const lines = lineHiddenCounts(table, [forces, ranks]);
    expect(lines.filter((n) => n === 1)).toEqual([]);
    // Along the force dimension: at least 3 hidden in every line with any hidden.
    const chiefLine = ["a", "b", "c", "d", "e", "NATIONAL"].filter((f) => table.hidden([f, "chief"]));
    expect(chiefLine.length).toBeGreaterThanOrEqual(3);
    expect(table.hidden(["b", "chief"])).toBe(false); // a zero is never hidden
    // Deterministic: the same counts in another order give the same pattern.
    const again = disclosureTable([forces, ranks], [...cells].reverse());
    expect(again.hiddenCells()).toEqual(table.hiddenCells());
  });

  it("suppressList: one list and its total", () => {
    const result = suppressList(
      new Map([
        ["x", 3],
        ["y", 10],
        ["z", 20],
      ]),
    );
    expect([...result.hidden].sort()).toEqual(["x", "y"]);
    expect(result.totalHidden).toBe(false);
  });
});
