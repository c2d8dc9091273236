import { describe, expect, it } from "vitest";
import {
  basisFor,
  censusComparisonGroup,
  comparableGroups,
  harmonisePopulation,
  workforceMapping,
} from "../../src/analytics/ethnic-groups.ts";

describe("harmonised ethnic groups", () => {
  it("chooses the basis from the workforce date and the census", () => {
    expect(basisFor(new Date("2006-03-31"), 2011)).toBe("CHINESE_IN_OTHER");
    expect(basisFor(new Date("2020-03-31"), 2021)).toBe("ASIAN_OTHER_COMBINED_ONLY");
    expect(basisFor(new Date("2021-03-31"), 2021)).toBe("CHINESE_IN_ASIAN");
    expect(basisFor(new Date("2021-03-31"), 2011)).toBe("CHINESE_IN_ASIAN");
  });

  it("maps the Home Office categories of each classification", () => {
    expect(workforceMapping.HOME_OFFICE_PRE_2021.CHINESE_OR_OTHER).toBe("OTHER");
    expect(workforceMapping.HOME_OFFICE_PRE_2021.OTHER).toBeUndefined();
    expect(workforceMapping.HOME_OFFICE_2021.OTHER).toBe("OTHER");
    expect(workforceMapping.HOME_OFFICE_2021.CHINESE_OR_OTHER).toBeUndefined();
  });

  it("moves census 2011 Chinese to Other only against pre-2021 tables", () => {
    const chinese = "Asian/Asian British: Chinese";
    expect(censusComparisonGroup("CHINESE_IN_OTHER", "ASIAN", chinese)).toBe("OTHER");
    expect(censusComparisonGroup("CHINESE_IN_ASIAN", "ASIAN", chinese)).toBe("ASIAN");
    expect(censusComparisonGroup("CHINESE_IN_OTHER", "ASIAN", "Asian/Asian British: Indian")).toBe("ASIAN");
    expect(censusComparisonGroup("ASIAN_OTHER_COMBINED_ONLY", "ASIAN", "ALL")).toBeNull();
    expect(censusComparisonGroup("ASIAN_OTHER_COMBINED_ONLY", "BLACK", "ALL")).toBe("BLACK");
    expect(comparableGroups("ASIAN_OTHER_COMBINED_ONLY")).toEqual(["BLACK", "MIXED", "WHITE"]);
  });

  it("sums census rows into comparison groups, keeping the total whole", () => {
    const rows = [
      { group: "ASIAN" as const, ethnicity: "Asian/Asian British: Indian", population: 100 },
      { group: "ASIAN" as const, ethnicity: "Asian/Asian British: Chinese", population: 30 },
      { group: "OTHER" as const, ethnicity: "Other ethnic group: Arab", population: 10 },
      { group: "WHITE" as const, ethnicity: "White: Irish", population: 860 },
    ];
    const { byGroup, total } = harmonisePopulation("CHINESE_IN_OTHER", rows);
    expect(Object.fromEntries(byGroup)).toEqual({ ASIAN: 100, OTHER: 40, WHITE: 860 });
    expect(total).toBe(1000);
    const combined = harmonisePopulation("ASIAN_OTHER_COMBINED_ONLY", rows);
    expect(Object.fromEntries(combined.byGroup)).toEqual({ WHITE: 860 });
    expect(combined.total).toBe(1000);
  });
});
