import { buildSchema, GraphQLError, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { assertCost } from "../../src/server/limits.ts";

const schema = buildSchema(`type Query { items(first: Int): [Item!]! } type Item { id: ID! name: String }`);
const limits = { ...loadConfig().limits, maxCost: 1000 };
const document = parse("query ($n: Int) { items(first: $n) { id name } }");
const cost = (n: number) => assertCost(limits, { schema, document, variables: { n } });

describe("assertCost", () => {
  it("multiplies a list's fields by its page size, and gives the same answer when asked again", () => {
    expect(cost(10)).toBe(30);
    expect(cost(10)).toBe(30);
    expect(cost(20)).toBe(60);
    expect(assertCost({ ...limits, maxCost: 5000 }, { schema, document, variables: { n: 1000 } })).toBe(3000);
  });

  it("refuses over the limit every time, with a fresh error each time", () => {
    const refusals = [0, 1].map(() => {
      try {
        cost(500);
      } catch (error) {
        return error;
      }
      return undefined;
    });
    for (const refusal of refusals) {
      expect(refusal).toBeInstanceOf(GraphQLError);
      expect((refusal as GraphQLError).extensions).toMatchObject({
        code: "QUERY_TOO_COMPLEX",
        limit: { name: "cost", max: 1000 },
      });
    }
    expect(refusals[0]).not.toBe(refusals[1]);
  });
});
