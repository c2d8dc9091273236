import type * as Models from "../../generated/prisma/client.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

/** A calendar date as written in the content files: "2012-01-01". */
export type IsoDate = `${number}-${number}-${number}`;

/**
 * A model's columns as curated content writes them: dates as "YYYY-MM-DD" strings, decimals as numbers.
 * Every column is required, so an unknown value is an explicit `null` a reviewer can see.
 */
export type Plain<T> = {
  [K in keyof T]: T[K] extends Prisma.Decimal
    ? number
    : T[K] extends Prisma.Decimal | null
      ? number | null
      : T[K] extends Date
        ? IsoDate
        : T[K] extends Date | null
          ? IsoDate | null
          : T[K];
};

export type SourceDocumentRow = Plain<Models.SourceDocument>;
export type PlanVersionRow = Plain<Models.PlanVersion>;
export type PlanAreaRow = Plain<Models.PlanArea>;
export type ObjectiveRow = Plain<Models.Objective>;
export type ObjectiveLineageRow = Plain<Models.ObjectiveLineage>;
export type CollaborationRow = Plain<Models.Collaboration>;
export type CollaborationMemberRow = Plain<Models.CollaborationMember>;
export type CollaborationFunctionRow = Plain<Models.CollaborationFunction>;
export type ForceObjectiveRow = Plain<Models.ForceObjective>;
export type ForceObjectiveLinkRow = Plain<Models.ForceObjectiveLink>;
export type MeasureRow = Plain<Models.Measure>;
/** createdAt/updatedAt are the database's own bookkeeping, not content. */
export type EvidenceRow = Omit<Plain<Models.Evidence>, "createdAt" | "updatedAt" | "version">;
export type EvidenceObjectiveRow = Plain<Models.EvidenceObjective>;
export type EvidenceForceObjectiveRow = Plain<Models.EvidenceForceObjective>;
export type BoardRow = Omit<Plain<Models.Board>, "version">;
export type BoardMembershipRow = Plain<Models.BoardMembership>;
export type MeetingRow = Plain<Models.Meeting>;
export type ScrutinyActivityRow = Plain<Models.ScrutinyActivity>;
