import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { Plugin as EnvelopPlugin } from "@envelop/core";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNullableType,
  isListType,
  parse,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import type { LimitSettings } from "../config.ts";
import { clientError, ErrorCode, limitExceeded } from "../errors.ts";
import { getOrCreate } from "../memo.ts";
import { pageSize } from "../schema/common/pagination.ts";

/**
 * The limits every GraphQL endpoint enforces (gateway, monolith and each subgraph, which can be
 * reached directly), built from graphql-armor (depth, aliases, directives), graphql-js's parser
 * (tokens) and graphql-query-complexity (cost multiplied by page and list sizes), plus a response-size
 * cap. Each refusal carries a documented code and `extensions.limit: { name, max }`.
 */

type ArmorReject = (context: ValidationContext | null, error: GraphQLError) => void;

/** Reports a graphql-armor refusal as our coded error instead of armor's generic one. */
function reportAs(code: ErrorCode, name: string, max: number, what: string): ArmorReject[] {
  return [
    (context) => {
      context?.reportError(limitExceeded(code, `The query has ${what} (limit ${max}).`, { name, max }));
    },
  ];
}

/** Refuses operation types the schema does not have (graphql-js 16 only notices this at execution). */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      clientError(ErrorCode.OPERATION_NOT_SUPPORTED, `This graph has no ${node.operation} operations.`),
    );
  },
});

export function limitValidationRules(limits: LimitSettings): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    knownOperationTypes,
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      onReject: reportAs(ErrorCode.QUERY_TOO_DEEP, "depth", limits.maxDepth, "too many levels of nesting"),
    }),
    maxAliasesRule({
      ...common,
      n: limits.maxAliases,
      onReject: reportAs(ErrorCode.TOO_MANY_ALIASES, "aliases", limits.maxAliases, "too many aliases"),
    }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: reportAs(
        ErrorCode.TOO_MANY_DIRECTIVES,
        "directives",
        limits.maxDirectives,
        "too many directives",
      ),
    }),
  ];
}

const numberArg = (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;

function longestList(value: unknown): number {
  if (!value || typeof value !== "object") return 0;
  const items = Array.isArray(value) ? value : Object.values(value);
  let longest = Array.isArray(value) ? value.length : 0;
  for (const item of items)
    if (item && typeof item === "object") longest = Math.max(longest, longestList(item));
  return longest;
}

/**
 * Arguments refused before anything runs: negative or contradictory page sizes, and lists longer than
 * the limit (a 60,000-id filter would otherwise reach the database as 60,000 bind parameters).
 */
const checkArguments =
  (limits: LimitSettings): ComplexityEstimator =>
  ({ args }) => {
    if (longestList(args) > limits.maxListArgument)
      throw limitExceeded(
        ErrorCode.BAD_USER_INPUT,
        `A list argument holds more than ${limits.maxListArgument} items.`,
        { name: "listArgument", max: limits.maxListArgument },
      );
    const first = numberArg(args.first);
    const last = numberArg(args.last);
    if ((first !== undefined && first < 0) || (last !== undefined && last < 0))
      throw clientError(ErrorCode.BAD_USER_INPUT, "Page sizes (first, last) must not be negative.");
    if (first !== undefined && last !== undefined)
      throw clientError(ErrorCode.BAD_USER_INPUT, "Give either first or last, not both.");
  };

/**
 * How many items a field can return: its page size as asked (a page above the server's maximum is
 * clamped when it runs, so this only over-estimates), the length of a list argument, or an estimate.
 */
function multiplier(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, listSize: number) {
  const page = numberArg(args.first) ?? numberArg(args.last);
  const isConnection = field.args.some((arg) => arg.name === "first" || arg.name === "last");
  if (page !== undefined) return page;
  if (isConnection) return pageSize.defaultSize;
  if (!isListType(getNullableType(field.type))) return 1;
  const listArgument = Object.values(args).find(Array.isArray);
  return listArgument ? Math.max(listArgument.length, 1) : listSize;
}

function listCost(listSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // Introspection (GraphiQL, codegen, registries) is bounded by the schema, not by the data.
    if (field.name.startsWith("__") || type.name.startsWith("__")) return 0;
    // A connection's edges/nodes are the page its field was already multiplied by.
    if (type.name.endsWith("Connection")) return 1 + childComplexity;
    return (1 + childComplexity) * multiplier(field, args, listSize);
  };
}

type CostInput = {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string | null;
};

// Servers reuse one parsed document per query text (Apollo's document store, Yoga's parser cache), so
// the verdict on a (document, operation, variables) is kept with the document: a repeated request costs
// a lookup instead of a walk of the operation (~0.3 ms for the README's force-app query).
type Verdict = { cost: number } | { refusal: unknown };
const verdicts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Verdict>>>();
const verdictsPerDocument = 64;
const maxRememberedKey = 2048;

/**
 * The cost of an operation: every field 1, times how many of it can come back. Throws when over the
 * limit. Remembers its verdict per document, operation and variables (for the same schema and limits).
 */
export function assertCost(limits: LimitSettings, input: CostInput): number {
  const bySchema = getOrCreate(verdicts, input.schema, () => new WeakMap());
  const known = getOrCreate(bySchema, input.document, () => new Map());
  const { maxCost, listSizeEstimate, maxListArgument } = limits;
  const key = `${maxCost}|${listSizeEstimate}|${maxListArgument}|${input.operationName ?? ""}\n${JSON.stringify(input.variables ?? {})}`;
  // Long variables (lists of ids) are judged each time rather than held in memory.
  if (key.length > maxRememberedKey) return costOrThrow(computeVerdict(limits, input));
  let verdict = known.get(key);
  if (!verdict) {
    verdict = computeVerdict(limits, input);
    if (known.size >= verdictsPerDocument) known.delete(known.keys().next().value!);
    known.set(key, verdict);
  }
  return costOrThrow(verdict);
}

function computeVerdict(limits: LimitSettings, input: CostInput): Verdict {
  try {
    return { cost: computeCost(limits, input) };
  } catch (refusal) {
    return { refusal };
  }
}

function costOrThrow(verdict: Verdict): number {
  if (!("refusal" in verdict)) return verdict.cost;
  const { refusal } = verdict;
  // A fresh error each time: servers annotate the errors they are given.
  if (refusal instanceof GraphQLError)
    throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions } });
  throw refusal;
}

function computeCost(limits: LimitSettings, input: CostInput): number {
  const refuse = () =>
    limitExceeded(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The query could return too much (cost limit ${limits.maxCost}).`,
      {
        name: "cost",
        max: limits.maxCost,
      },
    );
  let cost: number;
  try {
    cost = getComplexity({
      schema: input.schema,
      query: input.document,
      variables: input.variables ?? {},
      operationName: input.operationName ?? undefined,
      estimators: [checkArguments(limits), listCost(limits.listSizeEstimate)],
      // Fragment bombs expand exponentially: stop counting well before that costs anything.
      maxQueryNodes: 10_000,
    });
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code) throw error;
    if (/maximum allowed number of nodes/.test((error as Error).message)) throw refuse();
    // Unknown operation names, bad variables: execution reports them with their own codes.
    return 0;
  }
  if (cost > limits.maxCost) throw refuse();
  return cost;
}

function responseTooLarge(limits: LimitSettings, bytes: number) {
  return limitExceeded(
    ErrorCode.RESPONSE_TOO_LARGE,
    `The response would be ${bytes} bytes (limit ${limits.maxResponseBytes}); ask for fewer fields or a smaller page.`,
    { name: "responseBytes", max: limits.maxResponseBytes },
  );
}

/** What Apollo Server (monolith, subgraphs) needs: constructor options and plugins. */
export function apolloLimits<TContext extends BaseContext>(limits: LimitSettings) {
  const plugin: ApolloServerPlugin<TContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          assertCost(limits, {
            schema,
            document,
            variables: request.variables,
            operationName: request.operationName,
          });
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const bytes = Buffer.byteLength(JSON.stringify(response.body.singleResult));
          if (bytes <= limits.maxResponseBytes) return;
          const error = responseTooLarge(limits, bytes);
          response.body.singleResult = { errors: [{ message: error.message, extensions: error.extensions }] };
          response.http.status = 400;
        },
      };
    },
  };
  return {
    validationRules: limitValidationRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
    plugins: [plugin],
  };
}

/**
 * The same limits as envelop plugins, for an envelop-based server (the Hive Gateway runtime): tokens at
 * parse, depth/aliases/directives at validation, cost before execution, response size after it.
 */
export function envelopLimitPlugins(limits: LimitSettings): EnvelopPlugin[] {
  const rules = limitValidationRules(limits);
  return [
    {
      onParse({ setParseFn }) {
        setParseFn((source, options) => {
          try {
            return parse(source, { ...options, maxTokens: limits.maxTokens });
          } catch (error) {
            if (!/Document contains more th[ae]n \d+ tokens/.test((error as Error).message)) throw error;
            throw limitExceeded(
              ErrorCode.TOO_MANY_TOKENS,
              `The query has more than ${limits.maxTokens} tokens.`,
              {
                name: "tokens",
                max: limits.maxTokens,
              },
            );
          }
        });
      },
      onValidate({ addValidationRule }) {
        for (const rule of rules) addValidationRule(rule);
      },
      onExecute({ args, setResultAndStopExecution }) {
        try {
          assertCost(limits, {
            schema: args.schema,
            document: args.document,
            variables: (args.variableValues ?? {}) as Record<string, unknown>,
            operationName: args.operationName,
          });
        } catch (error) {
          setResultAndStopExecution({ errors: [error as GraphQLError] });
          return;
        }
        return {
          onExecuteDone({ result, setResult }) {
            if (Symbol.asyncIterator in (result as object)) return;
            const bytes = Buffer.byteLength(JSON.stringify(result as ExecutionResult));
            if (bytes > limits.maxResponseBytes) setResult({ errors: [responseTooLarge(limits, bytes)] });
          },
        };
      },
    },
  ];
}
