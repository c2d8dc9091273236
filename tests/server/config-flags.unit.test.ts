import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";

const url = "postgresql://postgres@127.0.0.1:5432/x";
const prepared = (value?: string) => {
  const target = loadConfig({ DATABASE_URL: url, HUB_DB_PREPARED_STATEMENTS: value }).database;
  return target.kind === "postgres" ? target.preparedStatements : undefined;
};

describe("on/off settings", () => {
  it("read true/1 and false/0, and take the default when unset or empty", () => {
    expect([prepared(), prepared(""), prepared("true"), prepared("1")]).toEqual([true, true, true, true]);
    expect([prepared("false"), prepared("0")]).toEqual([false, false]);
    const trusted = (value?: string) =>
      loadConfig({ HUB_TRUSTED_DOCUMENTS_ONLY: value }).bi.trustedDocumentsOnly;
    expect([trusted(), trusted(""), trusted("0"), trusted("false")]).toEqual([false, false, false, false]);
    expect([trusted("1"), trusted("true")]).toEqual([true, true]);
  });

  it("refuse anything else, naming the setting", () => {
    expect(() => loadConfig({ HUB_DB_PREPARED_STATEMENTS: "yes" })).toThrow(/HUB_DB_PREPARED_STATEMENTS/);
  });
});

describe("HUB_IDLE_GC_SECONDS", () => {
  it("is 10 s by default, 0 turns idle collection off, and a negative value is refused", () => {
    const idle = (value?: string) => loadConfig({ HUB_IDLE_GC_SECONDS: value }).idleCollectionMs;
    expect([idle(), idle("0"), idle("2.5")]).toEqual([10_000, 0, 2_500]);
    expect(() => idle("-1")).toThrow(/HUB_IDLE_GC_SECONDS/);
  });
});
