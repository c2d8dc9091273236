import { SOURCE } from "./sources.ts";
import type { BoardMembershipRow, BoardRow, MeetingRow, ScrutinyActivityRow } from "./types.ts";

// Boards and community scrutiny the seed publications describe. No meeting dates are published, so
// there are no Meeting rows: topics discussed are kept in the board's purpose instead. Membership
// counts are never published (memberCount null). Independence is NOT_KNOWN unless the text says who
// chairs: "made up exclusively of volunteers" describes who sits on a board, not who leads it.

export const BOARD = {
  hertsRaceInclusion: "hertfordshire-race-inclusion-board",
  hertsYoungPersons: "hertfordshire-young-persons-board",
  cheshireExternalDei: "cheshire-external-dei-board",
  cheshireIag: "cheshire-independent-advisory-group",
  cheshirePam: "cheshire-police-accountability-meeting",
  cheshireCcgs: "cheshire-community-cohesion-groups",
  ncrg: "national-community-reference-group",
} as const;

/** 002, of every Cheshire board: “Each board will be updated on … and training exercises.” */
const CHESHIRE_EACH_BOARD =
  " Each board “will be updated on how the Constabulary is progressing against the action plan and there " +
  "will be opportunities to attend and observe police operations and operational, tactical and strategic " +
  "meetings and training exercises”.";

const CHESHIRE_VOLUNTEERS =
  "Volunteers from across the county, including members of Black communities in Cheshire, with direct " +
  "access to senior police colleagues and able to influence policies and procedure. (The release says " +
  "this of “each group” after describing the External DEI Board, the IAG and the PAM.)";

export const boards: BoardRow[] = [
  {
    id: BOARD.hertsRaceInclusion,
    type: "RACE_INCLUSION_BOARD",
    name: "Hertfordshire Race and Inclusion Board",
    status: "ACTIVE",
    ownerForceId: "hertfordshire",
    ownerCollaborationId: null,
    chair: null,
    independence: "NOT_KNOWN",
    purpose:
      "Helps the force deliver the National Race Action Plan and its objectives on race and diversity; " +
      "is updated on the force's progress against the plan, with opportunities to observe police " +
      "operations and operational, tactical and strategic meetings, and to go on ride-alongs. Subjects " +
      "discussed so far (no meeting dates published): stop and search procedures; building positive " +
      "relationships with younger Black communities; anti-racist training for police officers; " +
      "encouraging more applications from ethnic minorities and the support potential recruits need " +
      "through recruitment and to climb the career ladder. Two releases: the board's progress updates, " +
      "observation and ride-along opportunities are from " +
      SOURCE.hertsSupportsDraft +
      " (evidence " +
      "hertfordshire-race-inclusion-board-announced); its membership, monthly meetings and subjects from " +
      SOURCE.hertsRaceInclusionBoard +
      ".",
    membershipDescription:
      "Made up exclusively of volunteers from across the Black communities in Hertfordshire, supported by " +
      "the chair of the Herts Black and Asian Police Association; meets with senior officers and members " +
      "of the Diversity and Equality team.",
    meetingFrequency: "monthly",
    establishedOn: null,
    sourceId: SOURCE.hertsRaceInclusionBoard,
    provenance: "PUBLISHED_SOURCE",
  },
  {
    id: BOARD.hertsYoungPersons,
    type: "YOUTH_BOARD",
    name: "Hertfordshire young person's board",
    status: "PROPOSED",
    ownerForceId: "hertfordshire",
    ownerCollaborationId: null,
    chair: null,
    independence: "NOT_KNOWN",
    purpose:
      "Planned (“now looking to set up”) so the force can learn direct from the young Black communities " +
      "where it needs to improve and how it can do things better.",
    membershipDescription: null,
    meetingFrequency: null,
    establishedOn: null,
    sourceId: SOURCE.hertsRaceInclusionBoard,
    provenance: "PUBLISHED_SOURCE",
  },
  {
    id: BOARD.cheshireExternalDei,
    type: "EXTERNAL_DEI_BOARD",
    name: "Cheshire External DEI Board",
    status: "ACTIVE",
    ownerForceId: "cheshire",
    ownerCollaborationId: null,
    chair: null,
    independence: "INDEPENDENT_CHAIR",
    purpose:
      "Independently chaired, to offer input as a critical friend on diversity, equality and inclusion " +
      "within the organisation, including the inclusion work stream of the Race Inclusion Board. Set up " +
      "“so far this year” (2022); no date given, so establishedOn is null." +
      CHESHIRE_EACH_BOARD,
    membershipDescription: CHESHIRE_VOLUNTEERS,
    meetingFrequency: null,
    establishedOn: null,
    sourceId: SOURCE.cheshireSupportsDraft,
    provenance: "PUBLISHED_SOURCE",
  },
  {
    id: BOARD.cheshireIag,
    type: "INDEPENDENT_ADVISORY_GROUP",
    name: "Cheshire Independent Advisory Group",
    status: "ACTIVE",
    ownerForceId: "cheshire",
    ownerCollaborationId: null,
    chair: null,
    independence: "NOT_KNOWN",
    purpose:
      "Gives local guidance and will be influential with work around communities being involved in policing." +
      CHESHIRE_EACH_BOARD,
    membershipDescription: CHESHIRE_VOLUNTEERS,
    meetingFrequency: null,
    establishedOn: null,
    sourceId: SOURCE.cheshireSupportsDraft,
    provenance: "PUBLISHED_SOURCE",
  },
  {
    id: BOARD.cheshirePam,
    type: "POLICE_ACCOUNTABILITY_MEETING",
    name: "Cheshire Police Accountability Meeting",
    // The release says it “will provide scrutiny”: announced, not yet meeting.
    status: "PROPOSED",
    ownerForceId: "cheshire",
    ownerCollaborationId: null,
    chair: null,
    independence: "NOT_KNOWN",
    purpose:
      "Will provide scrutiny and guidance on the remaining workstreams regarding Black communities being " +
      "protected and not over-policed." +
      CHESHIRE_EACH_BOARD,
    membershipDescription: CHESHIRE_VOLUNTEERS,
    meetingFrequency: null,
    establishedOn: null,
    sourceId: SOURCE.cheshireSupportsDraft,
    provenance: "PUBLISHED_SOURCE",
  },
  {
    id: BOARD.cheshireCcgs,
    type: "COMMUNITY_COHESION_GROUP",
    name: "Cheshire Community Cohesion Groups",
    status: "ACTIVE",
    ownerForceId: "cheshire",
    ownerCollaborationId: null,
    chair: null,
    independence: "NOT_KNOWN",
    purpose:
      "One group meets in each local policing unit (LPU) and reviews randomly selected body-worn video " +
      "footage of stop and searches and use of force. The number of LPUs is not stated.",
    membershipDescription:
      "Open to members of the local community, with no preparation required: attendees contact their LPU.",
    meetingFrequency: null,
    establishedOn: null,
    sourceId: SOURCE.cheshireSupportsDraft,
    provenance: "PUBLISHED_SOURCE",
  },
  {
    id: BOARD.ncrg,
    type: "NATIONAL_COMMUNITY_REFERENCE_GROUP",
    name: "National Community Reference Group",
    status: "ACTIVE",
    ownerForceId: null,
    ownerCollaborationId: null,
    chair: null,
    independence: "NOT_KNOWN",
    purpose:
      "The Police Race Action Plan's national group “for experts and community leaders”, launched in the " +
      "weeks before the 27 March (2024) conference of plan leads, to engage people with the plan and gather " +
      "feedback on its refresh.",
    membershipDescription: "Experts and community leaders.",
    meetingFrequency: null,
    establishedOn: null,
    sourceId: SOURCE.npccLeadsConference,
    provenance: "PUBLISHED_SOURCE",
  },
];

const member = (
  boardId: string,
  slug: string,
  category: string,
  description: string,
): BoardMembershipRow => ({ id: `${boardId}-${slug}`, boardId, category, description, memberCount: null });

export const boardMemberships: BoardMembershipRow[] = [
  member(
    BOARD.hertsRaceInclusion,
    "community-volunteers",
    "Members: volunteers from Black communities",
    "The board is made up exclusively of volunteers from across the Black communities in Hertfordshire.",
  ),
  member(
    BOARD.hertsRaceInclusion,
    "hbapa-chair",
    "Support: chair of the Herts Black and Asian Police Association",
    "Supports the board (not described as a member).",
  ),
  member(
    BOARD.hertsRaceInclusion,
    "senior-officers",
    "Attending: senior officers",
    "The board meets every month with senior officers who oversee different areas of work around race " +
      "and inclusion.",
  ),
  member(
    BOARD.hertsRaceInclusion,
    "diversity-equality-team",
    "Attending: Diversity and Equality team",
    "Members of the constabulary's Diversity and Equality team attend the monthly meetings.",
  ),
  member(
    BOARD.cheshireExternalDei,
    "independent-chair",
    "Chair: independent",
    "The board is independently chaired; the chair is not named.",
  ),
  member(BOARD.cheshireExternalDei, "volunteers", "Members: volunteers", CHESHIRE_VOLUNTEERS),
  member(BOARD.cheshireIag, "volunteers", "Members: volunteers", CHESHIRE_VOLUNTEERS),
  member(BOARD.cheshirePam, "volunteers", "Members: volunteers", CHESHIRE_VOLUNTEERS),
  member(
    BOARD.cheshireCcgs,
    "local-community",
    "Attending: members of the local community",
    "Open to members of the local community with no preparation required.",
  ),
  member(
    BOARD.ncrg,
    "experts-community-leaders",
    "Members: experts and community leaders",
    "As the NPCC describes it.",
  ),
];

/** No dated meetings are published for any board. */
export const meetings: MeetingRow[] = [];

export const scrutinyActivities: ScrutinyActivityRow[] = [
  {
    id: `${BOARD.hertsRaceInclusion}-ride-alongs`,
    boardId: BOARD.hertsRaceInclusion,
    kind: "RIDE_ALONG",
    occurredOn: null,
    description:
      "Board members have gone on ride-alongs with officers on patrol, to get a better insight into police " +
      "work and identify areas where the organisation could benefit from their insight into specific " +
      "community issues. Dates and numbers not published.",
    location: null,
    itemsReviewed: null,
    findings: null,
  },
  {
    id: `${BOARD.cheshireCcgs}-bwv-stop-search`,
    boardId: BOARD.cheshireCcgs,
    kind: "BWV_REVIEW_STOP_SEARCH",
    occurredOn: null,
    description:
      "Review of randomly selected body-worn video footage of stop and searches. Dates and numbers not published.",
    location: "Each Cheshire local policing unit (LPU)",
    itemsReviewed: null,
    findings: null,
  },
  {
    id: `${BOARD.cheshireCcgs}-bwv-use-of-force`,
    boardId: BOARD.cheshireCcgs,
    kind: "BWV_REVIEW_USE_OF_FORCE",
    occurredOn: null,
    description:
      "Review of randomly selected body-worn video footage of use of force. Dates and numbers not published.",
    location: "Each Cheshire local policing unit (LPU)",
    itemsReviewed: null,
    findings: null,
  },
];
