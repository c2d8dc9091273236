import { GraphQLError } from "graphql";
import { confidenceLevels } from "../analytics/intervals.ts";
import { censusYears } from "../analytics/representation.ts";
import type { Prisma } from "../generated/prisma/client.ts";

// Building blocks of the services' where/orderBy: one definition each, so every list, its totalCount
// and any write agree on what a filter means.

/** A GraphQL ID argument as Pothos hands it over (a string, or a number for an integer literal). */
export type Id = string | number;

export type SortDirection = "ASC" | "DESC";

/** An inclusive date range; either end may be open. */
export interface DateRangeInput {
  from?: Date | null;
  to?: Date | null;
}

export function dateRangeWhere(
  range: DateRangeInput | null | undefined,
): Prisma.DateTimeNullableFilter | undefined {
  if (!range || (range.from == null && range.to == null)) return undefined;
  return { gte: range.from ?? undefined, lte: range.to ?? undefined };
}

/** `%`, `_` and `\` are LIKE wildcards/escape in PostgreSQL; Prisma's `contains` does not escape them. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Who owns a row (evidence, a board, a force objective): exactly one force or one collaboration. */
export interface OwnerFilterInput {
  forceIds?: readonly Id[] | null;
  /** With forceIds: also rows of a collaboration one of those forces belongs to. */
  includeCollaborations?: boolean | null;
  collaborationId?: Id | null;
}

type ForceOwned = { ownerForceId: { in: string[] } };
type OwnerCondition =
  | ForceOwned
  | { OR: [ForceOwned, { ownerCollaboration: { members: { some: { forceId: { in: string[] } } } } }] }
  | { ownerCollaborationId: string };

/** The owner part of a filter, as conditions to AND into the model's where. */
export function ownerWhere(filter: OwnerFilterInput): OwnerCondition[] {
  const and: OwnerCondition[] = [];
  if (filter.forceIds) {
    const forceIds = filter.forceIds.map(String);
    and.push(
      filter.includeCollaborations
        ? {
            OR: [
              { ownerForceId: { in: forceIds } },
              { ownerCollaboration: { members: { some: { forceId: { in: forceIds } } } } },
            ],
          }
        : { ownerForceId: { in: forceIds } },
    );
  }
  if (filter.collaborationId != null) and.push({ ownerCollaborationId: String(filter.collaborationId) });
  return and;
}

/** An argument the caller can correct: a GraphQLError with code BAD_USER_INPUT. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

/** Refuses a confidence level the hub has no interval for (0.9, 0.95, 0.99). */
export function checkConfidenceLevel(level: number | null | undefined): void {
  if (level != null && !confidenceLevels.includes(level))
    throw badUserInput(`confidenceLevel must be one of ${confidenceLevels.join(", ")}; got ${level}.`);
}

/** Refuses a census the hub does not hold (2011, 2021). */
export function checkCensusYear(year: number | null | undefined): void {
  if (year != null && !censusYears.includes(year))
    throw badUserInput(
      `censusYear must be one of ${censusYears.join(", ")} (the censuses the hub holds); got ${year}.`,
    );
}
