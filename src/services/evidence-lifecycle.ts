import type { FieldIssue } from "../errors.ts";
import type { EvidenceStatus } from "../generated/prisma/enums.ts";

// The evidence lifecycle as pure rules: which status moves are allowed and which dates each status
// needs. Mutations call these inside their transaction and refuse with a ValidationError.

const chain: EvidenceStatus[] = ["PLANNED", "IN_PROGRESS", "DELIVERED", "VERIFIED"];

/**
 * Allowed moves: forward along PLANNED → IN_PROGRESS → DELIVERED (a step may be skipped: work can be
 * delivered without its start being recorded), VERIFIED only from DELIVERED, WITHDRAWN from any status
 * but itself. WITHDRAWN is final; nothing moves backwards.
 */
export function canMove(from: EvidenceStatus, to: EvidenceStatus): boolean {
  if (from === "WITHDRAWN") return false;
  if (to === "WITHDRAWN") return true;
  if (to === "VERIFIED") return from === "DELIVERED";
  return chain.indexOf(to) > chain.indexOf(from);
}

export interface EvidenceDates {
  status: EvidenceStatus;
  startedOn: Date | null;
  deliveredOn: Date | null;
  verifiedOn: Date | null;
}

/** The column a status move stamps with its date. */
export function dateColumnFor(status: EvidenceStatus): "startedOn" | "deliveredOn" | "verifiedOn" | null {
  if (status === "IN_PROGRESS") return "startedOn";
  if (status === "DELIVERED") return "deliveredOn";
  if (status === "VERIFIED") return "verifiedOn";
  return null;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Dates that agree with the status: nothing delivered or verified before it happened, delivery and
 * verification dated when the status claims them, no date in the future but a planned start, and
 * started ≤ delivered ≤ verified. `path` prefixes each issue (e.g. ["input"]).
 */
export function dateIssues(
  evidence: EvidenceDates,
  today: Date,
  path: readonly (string | number)[] = [],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const at = (field: string, message: string) => issues.push({ path: [...path, field], message });
  const { status, startedOn, deliveredOn, verifiedOn } = evidence;
  const delivered = status === "DELIVERED" || status === "VERIFIED";
  if (!delivered && status !== "WITHDRAWN" && deliveredOn) at("deliveredOn", `must be empty while ${status}`);
  if (status !== "VERIFIED" && status !== "WITHDRAWN" && verifiedOn)
    at("verifiedOn", `must be empty while ${status}`);
  if (delivered && !deliveredOn) at("deliveredOn", `is required when ${status}`);
  if (status === "VERIFIED" && !verifiedOn) at("verifiedOn", "is required when VERIFIED");
  if (status !== "PLANNED" && startedOn && day(startedOn) > day(today))
    at("startedOn", "is in the future: a started piece of work cannot start later");
  if (deliveredOn && day(deliveredOn) > day(today)) at("deliveredOn", "is in the future");
  if (verifiedOn && day(verifiedOn) > day(today)) at("verifiedOn", "is in the future");
  if (startedOn && deliveredOn && day(deliveredOn) < day(startedOn)) at("deliveredOn", "is before startedOn");
  if (deliveredOn && verifiedOn && day(verifiedOn) < day(deliveredOn))
    at("verifiedOn", "is before deliveredOn");
  return issues;
}
