import { SOURCE } from "./sources.ts";
import type { CollaborationFunctionRow, CollaborationMemberRow, CollaborationRow } from "./types.ts";

// Collaborations between forces that a shipped publication names, each with its source (curated rows
// cite a source or are not stored). Force ids are data.police.uk slugs; the Force rows come from the
// forces importer. The Bedfordshire–Hertfordshire bi-force units and the tri-force's functions and
// start dates are in no shipped source, so they are not stored.

export const COLLABORATION = {
  bch: "bch-tri-force",
} as const;

export const collaborations: CollaborationRow[] = [
  {
    id: COLLABORATION.bch,
    name: "Bedfordshire, Cambridgeshire and Hertfordshire tri-force collaboration",
    shortName: "BCH",
    kind: "TRI_FORCE",
    description:
      "Bedfordshire, Cambridgeshire and Hertfordshire share units: “the tri-force (Beds, Cambs and Herts) " +
      "units” (Hertfordshire's release); Hertfordshire's Equality Objective 4 names the “BCH tri-force " +
      "Positive Action Strategy”. Its start date and its shared functions are in no shipped source.",
    startDate: null,
    endDate: null,
    sourceId: SOURCE.hertsSupportsDraft,
  },
];

export const collaborationMembers: CollaborationMemberRow[] = [
  ...["bedfordshire", "cambridgeshire", "hertfordshire"].map((forceId) => ({
    collaborationId: COLLABORATION.bch,
    forceId,
    joinedOn: null,
    leftOn: null,
  })),
];

/**
 * No shipped source names the tri-force's shared functions or their start dates (Professional
 * Standards, Armed Policing… were in earlier content with no source), so none is stored.
 */
export const collaborationFunctions: CollaborationFunctionRow[] = [];
