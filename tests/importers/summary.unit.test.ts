import { describe, expect, it } from "vitest";
import { describeImport } from "../../src/importers/summary.ts";

describe("the line printed per imported file", () => {
  it("says the rows in the file, then what each table got (a forces row also yields aliases)", () => {
    const line = describeImport({
      rows: 45,
      skipped: [],
      tables: {
        Force: { inserted: 45, updated: 0, unchanged: 0 },
        ForceAlias: { inserted: 47, updated: 0, unchanged: 0 },
      },
    });
    expect(line).toBe("45 rows in the file → Force 45 new; ForceAlias 47 new");
  });

  it("counts rows left out on purpose and records already stored, and leaves zeros out", () => {
    const line = describeImport({
      rows: 10_776,
      skipped: [
        { line: 2, reason: "national total" },
        { line: 9, reason: "national total" },
      ],
      tables: { WorkforceCount: { inserted: 8_712, updated: 3, unchanged: 2_064 } },
    });
    expect(line).toBe(
      "10,776 rows in the file (2 not stored, on purpose) → WorkforceCount 8,712 new, 3 changed, 2,064 already stored",
    );
  });
});
