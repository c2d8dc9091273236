import type { CollaborationFunctionRow, CollaborationMemberRow, CollaborationRow } from "./types.ts";

// Collaborations between forces, from the team's domain notes and the Hertfordshire texts. Force ids
// are data.police.uk slugs; the Force rows come from the forces importer. Start dates known only to the
// month are stored as the 1st of that month, and the description says so.

export const COLLABORATION = {
  bch: "bch-tri-force",
  bedsHerts: "beds-herts-bi-force",
} as const;

export const collaborations: CollaborationRow[] = [
  {
    id: COLLABORATION.bch,
    name: "Bedfordshire, Cambridgeshire and Hertfordshire tri-force collaboration",
    shortName: "BCH",
    kind: "TRI_FORCE",
    description:
      "Bedfordshire, Cambridgeshire and Hertfordshire share units (“the tri-force (Beds, Cambs and " +
      "Herts) units”). Its own start date is not in the hub's sources; the earliest dated shared unit is " +
      "Professional Standards, January 2012.",
    startDate: null,
    endDate: null,
  },
  {
    id: COLLABORATION.bedsHerts,
    name: "Bedfordshire and Hertfordshire bi-force collaboration",
    shortName: null,
    kind: "BI_FORCE",
    description: "Units shared by Bedfordshire and Hertfordshire only: roads policing and dogs.",
    startDate: null,
    endDate: null,
  },
];

export const collaborationMembers: CollaborationMemberRow[] = [
  ...["bedfordshire", "cambridgeshire", "hertfordshire"].map((forceId) => ({
    collaborationId: COLLABORATION.bch,
    forceId,
    joinedOn: null,
    leftOn: null,
  })),
  ...["bedfordshire", "hertfordshire"].map((forceId) => ({
    collaborationId: COLLABORATION.bedsHerts,
    forceId,
    joinedOn: null,
    leftOn: null,
  })),
];

export const collaborationFunctions: CollaborationFunctionRow[] = [
  {
    id: `${COLLABORATION.bch}-professional-standards`,
    collaborationId: COLLABORATION.bch,
    name: "Professional Standards",
    description: "Shared since January 2012 (known to the month: the start date is stored as the 1st).",
    startDate: "2012-01-01",
    endDate: null,
  },
  {
    id: `${COLLABORATION.bch}-scientific-services`,
    collaborationId: COLLABORATION.bch,
    name: "Scientific Services",
    description: "Shared since April 2012 (known to the month: the start date is stored as the 1st).",
    startDate: "2012-04-01",
    endDate: null,
  },
  {
    id: `${COLLABORATION.bch}-armed-policing`,
    collaborationId: COLLABORATION.bch,
    name: "Armed Policing",
    description: "Shared since April 2012 (known to the month: the start date is stored as the 1st).",
    startDate: "2012-04-01",
    endDate: null,
  },
  {
    id: `${COLLABORATION.bch}-major-crime`,
    collaborationId: COLLABORATION.bch,
    name: "Major Crime",
    description: "Shared unit; start date not in the hub's sources.",
    startDate: null,
    endDate: null,
  },
  {
    id: `${COLLABORATION.bch}-procurement`,
    collaborationId: COLLABORATION.bch,
    name: "Procurement",
    description: "Shared function; start date not in the hub's sources.",
    startDate: null,
    endDate: null,
  },
  {
    id: `${COLLABORATION.bedsHerts}-roads-policing-and-dogs`,
    collaborationId: COLLABORATION.bedsHerts,
    name: "Roads policing and dogs",
    description: "Bi-force unit of Bedfordshire and Hertfordshire; start date not in the hub's sources.",
    startDate: null,
    endDate: null,
  },
];
