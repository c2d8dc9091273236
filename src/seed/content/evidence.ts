import { COLLABORATION } from "./collaborations.ts";
import { OBJECTIVE } from "./plan.ts";
import { SOURCE } from "./sources.ts";
import type { EvidenceForceObjectiveRow, EvidenceObjectiveRow, EvidenceRow } from "./types.ts";

// What forces reported in the seed publications (provenance PUBLISHED_SOURCE). Status follows the
// words of the text: "work currently underway" / "working towards" / "continue to work" → IN_PROGRESS;
// "launched", "set up", "revised and published", a board that now meets → DELIVERED; "looking to set
// up", "will provide" → PLANNED. Nothing here is VERIFIED: a press release is the force's own claim.
// Dates are null unless the text gives one. The links to national objectives are the hub's mapping.

type Owner = { force: string } | { collaboration: string } | { national: true };

interface EvidenceContent {
  id: string;
  owner: Owner;
  sourceId: string;
  kind: EvidenceRow["kind"];
  status: EvidenceRow["status"];
  title: string;
  summary: string;
  deliveredOn?: EvidenceRow["deliveredOn"];
  /** National objectives the work serves (empty where none fits without guessing). */
  objectives: string[];
}

const items: EvidenceContent[] = [
  // ─── Hertfordshire (000: support for the draft plan; 001: Race and Inclusion Board) ───
  {
    id: "hertfordshire-positive-action-campaign",
    owner: { force: "hertfordshire" },
    sourceId: SOURCE.hertsSupportsDraft,
    kind: "CAMPAIGN",
    status: "IN_PROGRESS",
    title: "Positive Action campaign",
    summary:
      "A ‘Positive Action’ campaign aimed at encouraging a more diverse workforce (listed as work " +
      "currently underway).",
    objectives: [OBJECTIVE.recruitment],
  },
  {
    id: "hertfordshire-hbapa-support",
    owner: { force: "hertfordshire" },
    sourceId: SOURCE.hertsSupportsDraft,
    kind: "STAFF_NETWORK",
    status: "IN_PROGRESS",
    title: "Supporting the Hertfordshire Black and Asian Policing Association",
    summary:
      "Supporting and working with the Hertfordshire Black and Asian Policing Association (listed as " +
      "work currently underway).",
    objectives: [OBJECTIVE.retention],
  },
  {
    id: "hertfordshire-dei-unit",
    owner: { force: "hertfordshire" },
    sourceId: SOURCE.hertsSupportsDraft,
    kind: "UNIT",
    status: "IN_PROGRESS",
    title: "New Diversity, Equality and Inclusion Unit",
    summary:
      "The formation of a new Diversity, Equality and Inclusion Unit within the force (listed as work " +
      "currently underway). Not linked to one national objective: the text gives the unit no specific remit.",
    objectives: [],
  },
  {
    id: "hertfordshire-local-black-history-learning",
    owner: { force: "hertfordshire" },
    sourceId: SOURCE.hertsSupportsDraft,
    kind: "TRAINING",
    status: "IN_PROGRESS",
    title: "Local Black history in staff learning and development",
    summary:
      "Work to incorporate and promote local Black history into the learning and development of staff " +
      "(listed as work currently underway).",
    objectives: [OBJECTIVE.mandatoryTraining],
  },
  {
    id: "hertfordshire-student-officer-race-input",
    owner: { force: "hertfordshire" },
    sourceId: SOURCE.hertsSupportsDraft,
    kind: "TRAINING",
    status: "IN_PROGRESS",
    title: "Race input in student police officer training",
    summary: "A special race input in student police officer training (listed as work currently underway).",
    objectives: [OBJECTIVE.mandatoryTraining],
  },
  {
    id: "hertfordshire-black-workforce-survey",
    owner: { force: "hertfordshire" },
    sourceId: SOURCE.hertsSupportsDraft,
    kind: "SURVEY",
    status: "IN_PROGRESS",
    title: "Black workforce survey offered to all Black officers and staff",
    summary:
      "All Black officers and members of staff will be offered the opportunity to complete the national " +
      "Black workforce survey on their experiences in policing, rolled out to all forces at the end of " +
      "May (2022).",
    objectives: [OBJECTIVE.retention],
  },
  {
    id: "hertfordshire-race-inclusion-board",
    owner: { force: "hertfordshire" },
    sourceId: SOURCE.hertsRaceInclusionBoard,
    kind: "BOARD_ACTIVITY",
    status: "DELIVERED",
    title: "Race and Inclusion Board set up and meeting monthly",
    summary:
      "The Race and Inclusion Board, made up of volunteers from across the Black communities in " +
      "Hertfordshire and supported by the chair of the Herts Black and Asian Police Association, meets " +
      "every month with senior officers; members have gone on ride-alongs. (The earlier release " +
      `${SOURCE.hertsSupportsDraft} said the force was “in the process of setting up” the board.)`,
    objectives: [OBJECTIVE.raceInclusionBoards, OBJECTIVE.communityScrutiny],
  },
  {
    id: "hertfordshire-race-inclusion-board-announced",
    owner: { force: "hertfordshire" },
    sourceId: SOURCE.hertsSupportsDraft,
    kind: "BOARD_ACTIVITY",
    status: "IN_PROGRESS",
    title: "Race Inclusion Board being set up",
    summary:
      "“We are also in the process of setting up a Race Inclusion Board, which will be made up exclusively " +
      "of volunteers from across the Black communities in Hertfordshire … The board will be updated on how " +
      "the constabulary is progressing against the action plan and there will be opportunities to attend " +
      "and observe police operations, take part in ride-alongs and to observe some operational, tactical " +
      "and strategic meetings.” (The board's own row cites the later release that reports it meeting.)",
    objectives: [OBJECTIVE.raceInclusionBoards, OBJECTIVE.communityScrutiny],
  },
  {
    id: "hertfordshire-young-persons-board",
    owner: { force: "hertfordshire" },
    sourceId: SOURCE.hertsRaceInclusionBoard,
    kind: "BOARD_ACTIVITY",
    status: "PLANNED",
    title: "Young person's board planned",
    summary:
      "The constabulary is “now looking to set up a young person's board so it can learn direct from the " +
      "young Black communities, around where it needs to improve and how it can do things better”.",
    objectives: [OBJECTIVE.raceInclusionBoards],
  },
  // ─── BCH tri-force (000) ───
  {
    id: "bch-anti-racism-training",
    owner: { collaboration: COLLABORATION.bch },
    sourceId: SOURCE.hertsSupportsDraft,
    kind: "TRAINING",
    status: "DELIVERED",
    title: "Anti-racism training launched across Beds, Cambs and Herts",
    summary:
      "Anti-racism training launched across Beds, Cambs and Herts forces “in April this year” (2022), " +
      "aimed at embedding a zero-tolerance approach to discrimination in the workplace and to educate, " +
      "empower and motivate colleagues to become advocates for change. The release says only “in April " +
      "this year” and carries no date, so deliveredOn is null (the year is inferred from the release " +
      "being about the May 2022 draft, not stated).",
    deliveredOn: null,
    objectives: [OBJECTIVE.mandatoryTraining],
  },
  {
    id: "bch-anti-racism-policy",
    owner: { collaboration: COLLABORATION.bch },
    sourceId: SOURCE.hertsSupportsDraft,
    kind: "POLICY",
    status: "DELIVERED",
    title: "New anti-racism policy launched across Beds, Cambs and Herts",
    summary:
      "A new anti-racism policy launched across Beds, Cambs and Herts forces “in April this year” " +
      "(2022), aimed at embedding a zero-tolerance approach to discrimination in the workplace. The " +
      "release says only “in April this year” and carries no date, so deliveredOn is null (the year is " +
      "inferred from the release being about the May 2022 draft, not stated).",
    deliveredOn: null,
    objectives: [OBJECTIVE.retention],
  },
  // ─── Cheshire (002) ───
  {
    id: "cheshire-positive-action-campaign",
    owner: { force: "cheshire" },
    sourceId: SOURCE.cheshireSupportsDraft,
    kind: "CAMPAIGN",
    status: "IN_PROGRESS",
    title: "Positive Action campaign",
    summary:
      "A Positive Action campaign aimed at encouraging a more diverse workforce (listed as work currently " +
      "underway).",
    objectives: [OBJECTIVE.recruitment],
  },
  {
    id: "cheshire-ccmn-staff-network",
    owner: { force: "cheshire" },
    sourceId: SOURCE.cheshireSupportsDraft,
    kind: "STAFF_NETWORK",
    status: "IN_PROGRESS",
    title: "Supporting staff networks, including the Cheshire Constabulary Multicultural Network",
    summary:
      "Supporting and working with the staff networks, including the Cheshire Constabulary Multicultural " +
      "Network (CCMN) (listed as work currently underway).",
    objectives: [OBJECTIVE.retention],
  },
  {
    id: "cheshire-wellbeing-engagement-inclusion-unit",
    owner: { force: "cheshire" },
    sourceId: SOURCE.cheshireSupportsDraft,
    kind: "UNIT",
    status: "IN_PROGRESS",
    title: "New Wellbeing, Engagement and Inclusion Unit to oversee the Race Action Plan",
    summary:
      "The formation of a new Wellbeing, Engagement and Inclusion Unit within the force, who will oversee " +
      "the Race Action Plan for Cheshire (listed as work currently underway). Not linked to one national " +
      "objective: it oversees the whole plan.",
    objectives: [],
  },
  {
    id: "cheshire-black-history-learning",
    owner: { force: "cheshire" },
    sourceId: SOURCE.cheshireSupportsDraft,
    kind: "TRAINING",
    status: "IN_PROGRESS",
    title: "Local and national Black history in learning and development",
    summary:
      "The Constabulary is working towards incorporating and promoting local and national Black history " +
      "into the learning and development of staff and officers.",
    objectives: [OBJECTIVE.mandatoryTraining],
  },
  {
    id: "cheshire-external-dei-board",
    owner: { force: "cheshire" },
    sourceId: SOURCE.cheshireSupportsDraft,
    kind: "BOARD_ACTIVITY",
    status: "DELIVERED",
    title: "External DEI Board set up, independently chaired",
    summary:
      "“So far this year” (2022) the force has set up an External DEI Board, independently chaired, to " +
      "offer input as a critical friend on diversity, equality and inclusion; this includes the inclusion " +
      "work stream of the Race Inclusion Board.",
    objectives: [OBJECTIVE.raceInclusionBoards],
  },
  {
    id: "cheshire-independent-advisory-group",
    owner: { force: "cheshire" },
    sourceId: SOURCE.cheshireSupportsDraft,
    kind: "BOARD_ACTIVITY",
    status: "IN_PROGRESS",
    title: "Continued work with the Independent Advisory Group",
    summary:
      "The force continues to work with the Independent Advisory Group (IAG), who give local guidance and " +
      "will be influential with work around communities being involved in policing.",
    objectives: [OBJECTIVE.independentAdvisoryGroups],
  },
  {
    id: "cheshire-police-accountability-meeting",
    owner: { force: "cheshire" },
    sourceId: SOURCE.cheshireSupportsDraft,
    kind: "BOARD_ACTIVITY",
    status: "PLANNED",
    title: "Police Accountability Meeting to scrutinise the Protected and Respected workstreams",
    summary:
      "The Police Accountability Meeting (PAM) “will provide scrutiny and guidance on the remaining " +
      "workstreams regarding Black communities being protected and not over-policed”.",
    objectives: [OBJECTIVE.communityScrutiny],
  },
  {
    id: "cheshire-community-cohesion-groups-bwv-review",
    owner: { force: "cheshire" },
    sourceId: SOURCE.cheshireSupportsDraft,
    kind: "BOARD_ACTIVITY",
    status: "DELIVERED",
    title: "Community Cohesion Groups review body-worn video of stop and search and use of force",
    summary:
      "Community Cohesion Groups (CCGs), which meet in each local policing unit (LPU), review randomly " +
      "selected body-worn video footage of stop and searches and use of force. Open to members of the " +
      "local community with no preparation required.",
    objectives: [OBJECTIVE.communityScrutiny, OBJECTIVE.bodyWornVideo],
  },
  {
    id: "cheshire-respect-and-dignity-policy",
    owner: { force: "cheshire" },
    sourceId: SOURCE.cheshireSupportsDraft,
    kind: "POLICY",
    status: "DELIVERED",
    title: "Respect and Dignity policy revised and published",
    summary:
      "The Respect and Dignity policy has been revised and published across the Constabulary, embedding a " +
      "zero-tolerance approach to discrimination in the workplace. Date not stated.",
    objectives: [OBJECTIVE.retention],
  },
  {
    id: "cheshire-black-workforce-survey",
    owner: { force: "cheshire" },
    sourceId: SOURCE.cheshireSupportsDraft,
    kind: "SURVEY",
    status: "IN_PROGRESS",
    title: "National Black Workforce Survey: findings awaited",
    summary:
      "All Black officers and members of staff were invited to complete the national Black Workforce " +
      "Survey on their experiences in policing; the force awaits the findings from the national team.",
    objectives: [OBJECTIVE.retention],
  },
  // ─── Other forces, from the NPCC release on the 27 March (2024) conference of plan leads (003) ───
  {
    id: "avon-and-somerset-race-matters-programme",
    owner: { force: "avon-and-somerset" },
    sourceId: SOURCE.npccLeadsConference,
    kind: "ENGAGEMENT",
    status: "IN_PROGRESS",
    title: "Race Matters programme: community engagement",
    summary:
      "Neil Bennett, director of communications and engagement at Avon and Somerset Police, spoke about " +
      "the force's bold approach to community engagement as part of its Race Matters programme. Not " +
      "linked to one national objective: the text does not say which part of the plan it serves.",
    objectives: [],
  },
  {
    id: "thames-valley-independent-scrutiny-overhaul",
    owner: { force: "thames-valley" },
    sourceId: SOURCE.npccLeadsConference,
    kind: "PROCESS_CHANGE",
    status: "DELIVERED",
    title: "Strategy and governance for the plan, including an overhaul of independent scrutiny",
    summary:
      "Assistant Chief Constable Dennis Murray explained the strategy and governance Thames Valley Police " +
      "has put in place to deliver the plan, including a major overhaul of how the force structures its " +
      "independent scrutiny.",
    objectives: [OBJECTIVE.communityScrutiny],
  },
  {
    id: "essex-stop-and-search-disproportionality",
    owner: { force: "essex" },
    sourceId: SOURCE.npccLeadsConference,
    kind: "OTHER",
    status: "IN_PROGRESS",
    title: "Work on stop and search to address disproportionality",
    summary:
      "Chief Superintendent Waheed Khan spoke about Essex Police's work around stop and search to address " +
      "things like disproportionality. The text does not describe the work further.",
    objectives: [OBJECTIVE.policePowersApproach, OBJECTIVE.explainOrReform],
  },
  {
    id: "btp-taser-disproportionality",
    owner: { force: "btp" },
    sourceId: SOURCE.npccLeadsConference,
    kind: "OTHER",
    status: "IN_PROGRESS",
    title: "Work on use of Taser to address disproportionality",
    summary:
      "Andy Harding spoke about British Transport Police's work around use of Taser to address things " +
      "like disproportionality. The text does not describe the work further.",
    objectives: [OBJECTIVE.policePowersApproach, OBJECTIVE.explainOrReform],
  }, // ─── The national programme (003): its own work, owned by neither a force nor a collaboration ───
  {
    id: "prap-leads-conference",
    owner: { national: true },
    sourceId: SOURCE.npccLeadsConference,
    kind: "ENGAGEMENT",
    status: "DELIVERED",
    title: "Conference of Police Race Action Plan leads",
    summary:
      "Nearly 70 leaders working on the plan in forces came together at the College of Policing " +
      "“on Wednesday (27 March)” to share their work; the keynote speaker was Jacob Henry of Vibe Youth. " +
      "deliveredOn is null: the release gives no year.",
    objectives: [],
  },
  {
    id: "prap-stakeholder-event",
    owner: { national: true },
    sourceId: SOURCE.npccLeadsConference,
    kind: "ENGAGEMENT",
    status: "DELIVERED",
    title: "Event for stakeholders",
    summary:
      "The plan “running an event for stakeholders”, one of its events “in recent weeks” to get people " +
      "engaged in its work and get their feedback on a refresh of the plan. No date is given.",
    objectives: [],
  },
  {
    id: "prap-young-people-session",
    owner: { national: true },
    sourceId: SOURCE.npccLeadsConference,
    kind: "ENGAGEMENT",
    status: "DELIVERED",
    title: "Session for young people from across the country",
    summary:
      "“A specific session for young people from across the country”, among the plan's recent events to " +
      "gather feedback on its refresh. No date is given.",
    objectives: [],
  },
  {
    id: "prap-school-sessions",
    owner: { national: true },
    sourceId: SOURCE.npccLeadsConference,
    kind: "ENGAGEMENT",
    status: "PLANNED",
    title: "Sessions with schools in eight cities",
    summary:
      "Further sessions “being planned with schools in Birmingham, Bristol, Cardiff, Leeds, Liverpool, " +
      "London, Manchester and Nottingham to discuss the plan with young people and get their thoughts”.",
    objectives: [],
  },
];

export const evidence: EvidenceRow[] = items.map((item) => ({
  id: item.id,
  kind: item.kind,
  title: item.title,
  summary: item.summary,
  status: item.status,
  startedOn: null,
  deliveredOn: item.deliveredOn ?? null,
  verifiedOn: null,
  sourceUrl: null,
  ownerForceId: "force" in item.owner ? item.owner.force : null,
  ownerCollaborationId: "collaboration" in item.owner ? item.owner.collaboration : null,
  ownerNational: "national" in item.owner,
  // Taken from a public press release: public whatever its status.
  isPublic: true,
  provenance: "PUBLISHED_SOURCE",
  sourceId: item.sourceId,
}));

export const evidenceObjectives: EvidenceObjectiveRow[] = items.flatMap((item) =>
  item.objectives.map((objectiveId) => ({ evidenceId: item.id, objectiveId })),
);

/**
 * Evidence for force objectives: empty on purpose. The only force objective held (Hertfordshire EO4)
 * ran 2016–2020, and every reported item dates from 2022 or later.
 */
export const evidenceForceObjectives: EvidenceForceObjectiveRow[] = [];
