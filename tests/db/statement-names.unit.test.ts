import { describe, expect, it } from "vitest";
import { statementNames } from "../../src/db/statement-names.ts";

describe("statementNames", () => {
  it("gives one name per distinct SQL text and never one name to two texts", () => {
    const nameOf = statementNames();
    const a = nameOf({ sql: "select 1" });
    const b = nameOf({ sql: "select 2" });
    expect(a).toBe("hub_0");
    expect(b).toBe("hub_1");
    expect(nameOf({ sql: `select ${1}` })).toBe(a);
  });

  it("runs texts beyond the bound unnamed, and keeps naming those it already named", () => {
    const nameOf = statementNames(2);
    expect(nameOf({ sql: "select 1" })).toBe("hub_0");
    expect(nameOf({ sql: "select 2" })).toBe("hub_1");
    expect(nameOf({ sql: "select 3" })).toBeUndefined();
    expect(nameOf({ sql: "select 1" })).toBe("hub_0");
    expect(nameOf({ sql: "select 3" })).toBeUndefined();
  });
});
