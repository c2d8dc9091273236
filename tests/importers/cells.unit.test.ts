import { describe, expect, it } from "vitest";
import { decimal2 } from "../../src/importers/cells.ts";

describe("decimal cells", () => {
  it("keeps 2 places by default, drops float noise and refuses a real third place", () => {
    const cell = decimal2();
    expect(cell.parse(" 1,325.44 ")).toBe("1325.44");
    expect(cell.parse("2587.0399999999995")).toBe("2587.04");
    expect(cell.safeParse("1802.3125").error?.issues[0]?.message).toMatch(/more than 2 decimal places/);
  });

  it("stores officer FTE exactly to 6 places", () => {
    const cell = decimal2({ places: 6 });
    expect(cell.parse("1072.558875")).toBe("1072.558875");
    expect(cell.parse("1802.3125")).toBe("1802.312500");
    expect(cell.safeParse("1.0000001").success).toBe(false);
    expect(cell.safeParse("-").success).toBe(false);
  });
});
