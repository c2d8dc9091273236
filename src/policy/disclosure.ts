import type { Viewer } from "../context.ts";

// Who sees unsuppressed figures: the one decision every path asks (workforce cells, totals, police
// powers, representation, analytics, exports). Everyone else sees the output of
// src/analytics/disclosure.ts.

/**
 * National programme team and admins see every figure raw; a force's own token sees its force raw.
 * A token naming more forces than `forcesKnownToOneViewer` sees suppressed figures: the protection
 * across forces assumes a viewer knows at most that many forces' raw figures.
 */
export function seesRawFigures(viewer: Viewer, forceId: string | null): boolean {
  if (viewer.role === "national" || viewer.role === "admin") return true;
  return (
    viewer.role === "force" &&
    forceId !== null &&
    viewer.forceIds.length <= forcesKnownToOneViewer &&
    viewer.forceIds.includes(forceId)
  );
}

/** Whether the viewer sees raw figures for every one of these forces (null: all forces / national). */
export function seesAllRawFigures(viewer: Viewer, forceIds: readonly string[] | null): boolean {
  if (viewer.role === "national" || viewer.role === "admin") return true;
  return forceIds !== null && forceIds.length > 0 && forceIds.every((id) => seesRawFigures(viewer, id));
}

/**
 * How many forces one token may know raw: lines across forces keep 2 + this many hidden cells, so a
 * force that subtracts its own figures from a national total still cannot isolate another force's.
 */
export const forcesKnownToOneViewer = 1;
