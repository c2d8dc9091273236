import type { AreaCode } from "../../generated/prisma/enums.ts";
import type { ObjectiveLineageRow, ObjectiveRow, PlanAreaRow, PlanVersionRow } from "./types.ts";

// The national plan as the team's domain notes describe it (shared/notes/domain.md): its versions,
// the four areas of focus forces report against, and the commitments and themes named for the first
// version. No URLs: the notes give none. Not held, because no source available to the hub gives them:
// the text of the 2025 commitment's 14 standards and its key performance measures, and which objectives
// the 2024 and 2025 versions carried forward (the notes say objectives were renamed and regrouped).

export const PLAN = {
  draft2022: "prap-2022-draft",
  final2022: "prap-2022-final",
  refresh2024: "prap-2024-refresh",
  commitment2025: "prap-2025-anti-racism-commitment",
} as const;

export const planVersions: PlanVersionRow[] = [
  {
    id: PLAN.draft2022,
    title: "Police Race Action Plan (draft)",
    stage: "DRAFT",
    publishedOn: "2022-05-24",
    url: null,
    summary:
      "First version of the Police Race Action Plan, by the National Police Chiefs' Council (NPCC) and " +
      "the College of Policing, published as a draft on 24 May 2022 with a public survey that closed on " +
      "28 August 2022. Commitments named at launch: mandatory training on racism, anti-racism and Black " +
      "history; “explain or reform” disparities; a new approach to traffic stops, stop and search, Taser " +
      "and use of force; supervision; community scrutiny; misconduct processes; a national standard for " +
      "recruitment and promotion.",
    supersedesId: null,
  },
  {
    id: PLAN.final2022,
    title: "Police Race Action Plan (final version)",
    stage: "FINAL",
    publishedOn: null,
    url: null,
    summary:
      "The final version that followed the draft (the plan went draft → final → refresh → Anti-Racism " +
      "Commitment). Forces' 2022 releases on the draft said the final version was “due for publication " +
      "later this year”. The hub's sources give neither its publication date nor its text, so " +
      "publishedOn is null and no objectives are recorded for it.",
    supersedesId: PLAN.draft2022,
  },
  {
    id: PLAN.refresh2024,
    title: "Police Race Action Plan: progress report and refresh (2024)",
    stage: "REFRESH",
    publishedOn: null,
    url: null,
    summary:
      "Progress report and refresh of the plan, published in July or August 2024: the hub knows only " +
      "“Jul/Aug 2024”, so publishedOn is null rather than a guessed day. The NPCC's release on the " +
      "27 March 2024 conference of plan leads said the refresh was “due to be delivered this summer”. " +
      "Its objectives are not in the hub's sources, so none are recorded for it.",
    supersedesId: PLAN.final2022,
  },
  {
    id: PLAN.commitment2025,
    title: "Police Race Action Plan update report and Police Anti-Racism Commitment",
    stage: "COMMITMENT",
    publishedOn: "2025-03-26",
    url: null,
    summary:
      "Update report and the Police Anti-Racism Commitment, 26 March 2025, with a maturity matrix of 14 " +
      "standards (most grouped under the commitment's outcomes, plus 2 overall), “underpinned by key " +
      "performance measures”. The text of the 14 standards is not public, and the key performance " +
      "measures are not named in the hub's sources, so neither is recorded. Its areas are recorded as " +
      "the plan's four areas of focus plus Overall; the hub's sources do not name the commitment's " +
      "outcomes.",
    supersedesId: PLAN.refresh2024,
  },
];

const AREAS: Record<Exclude<AreaCode, "OVERALL">, { slug: string; title: string; description: string }> = {
  REPRESENTED: {
    slug: "represented",
    title: "Represented",
    description: "The workforce: recruitment, retention, progression, ethnicity pay gap, mentoring.",
  },
  RESPECTED: {
    slug: "respected",
    title: "Respected — not over-policed",
    description: "Stop and search, use of force, Taser, traffic stops, body-worn video, data ethics.",
  },
  INVOLVED: {
    slug: "involved",
    title: "Involved",
    description:
      "Black communities in governance: Race Inclusion Boards, Independent Advisory Groups, the National " +
      "Community Reference Group, community scrutiny of data and body-worn video.",
  },
  PROTECTED: {
    slug: "protected",
    title: "Protected — not under-protected",
    description: "Victims, missing Black people, criminal exploitation of young Black men.",
  },
};

/** Stable id of a version's area, e.g. `prap-2022-draft-represented`. */
export function areaId(planVersionId: string, code: AreaCode): string {
  return `${planVersionId}-${code.toLowerCase()}`;
}

export const planAreas: PlanAreaRow[] = [
  ...planVersions.flatMap((version) =>
    (Object.keys(AREAS) as (keyof typeof AREAS)[]).map((code) => ({
      id: areaId(version.id, code),
      planVersionId: version.id,
      code,
      title: AREAS[code].title,
      description: AREAS[code].description,
    })),
  ),
  {
    id: areaId(PLAN.commitment2025, "OVERALL"),
    planVersionId: PLAN.commitment2025,
    code: "OVERALL",
    title: "Overall",
    description:
      "The commitment's overall standards: 2 of the 14 standards of the maturity matrix sit outside its " +
      "outcomes. Their text is not public.",
  },
];

// ─── Objectives of the 2022 draft ───────────────────────────────────────────
// Ids: `prap-2022-<area>-<theme>`, or `prap-2022-commitment-<name>` for the commitments named at launch
// that the notes do not place in one area (areaId null). Codes are the id without `prap-2022-`.

type Area = Exclude<AreaCode, "OVERALL"> | null;

function draftObjective(
  area: Area,
  name: string,
  kind: ObjectiveRow["kind"],
  title: string,
  description: string,
): Omit<ObjectiveRow, "sortOrder"> {
  const code = `${area ? AREAS[area].slug : "commitment"}-${name}`;
  return {
    id: `prap-2022-${code}`,
    planVersionId: PLAN.draft2022,
    areaId: area ? areaId(PLAN.draft2022, area) : null,
    kind,
    code,
    title,
    description,
  };
}

const NAMED_AT_LAUNCH = "Commitment named at the plan's launch (May 2022).";
const NO_AREA = "The hub's sources do not place it in one area of focus.";

export const OBJECTIVE = {
  mandatoryTraining: "prap-2022-commitment-mandatory-training",
  explainOrReform: "prap-2022-commitment-explain-or-reform",
  supervision: "prap-2022-commitment-supervision",
  misconduct: "prap-2022-commitment-misconduct-processes",
  recruitmentPromotionStandard: "prap-2022-represented-national-recruitment-promotion-standard",
  recruitment: "prap-2022-represented-recruitment",
  retention: "prap-2022-represented-retention",
  progression: "prap-2022-represented-progression",
  ethnicityPayGap: "prap-2022-represented-ethnicity-pay-gap",
  mentoring: "prap-2022-represented-mentoring",
  policePowersApproach: "prap-2022-respected-police-powers-approach",
  bodyWornVideo: "prap-2022-respected-body-worn-video",
  dataEthics: "prap-2022-respected-data-ethics",
  communityScrutiny: "prap-2022-involved-community-scrutiny",
  raceInclusionBoards: "prap-2022-involved-race-inclusion-boards",
  independentAdvisoryGroups: "prap-2022-involved-independent-advisory-groups",
  nationalCommunityReferenceGroup: "prap-2022-involved-national-community-reference-group",
  victims: "prap-2022-protected-victims",
  missingBlackPeople: "prap-2022-protected-missing-black-people",
  exploitationOfYoungBlackMen: "prap-2022-protected-criminal-exploitation-young-black-men",
} as const;

export const objectives: ObjectiveRow[] = [
  // Commitments named at launch.
  draftObjective(
    null,
    "mandatory-training",
    "COMMITMENT",
    "Mandatory training on racism, anti-racism and Black history",
    `${NAMED_AT_LAUNCH} ${NO_AREA}`,
  ),
  draftObjective(
    null,
    "explain-or-reform",
    "COMMITMENT",
    "“Explain or reform” disparities",
    `${NAMED_AT_LAUNCH} ${NO_AREA}`,
  ),
  draftObjective(
    "RESPECTED",
    "police-powers-approach",
    "COMMITMENT",
    "New approach to traffic stops, stop and search, Taser and use of force",
    `${NAMED_AT_LAUNCH} Filed under Respected, whose themes include these powers.`,
  ),
  draftObjective(null, "supervision", "COMMITMENT", "Supervision", `${NAMED_AT_LAUNCH} ${NO_AREA}`),
  draftObjective(
    "INVOLVED",
    "community-scrutiny",
    "COMMITMENT",
    "Community scrutiny",
    `${NAMED_AT_LAUNCH} Filed under Involved, whose themes include community scrutiny of data and ` +
      "body-worn video.",
  ),
  draftObjective(
    null,
    "misconduct-processes",
    "COMMITMENT",
    "Misconduct processes",
    `${NAMED_AT_LAUNCH} ${NO_AREA}`,
  ),
  draftObjective(
    "REPRESENTED",
    "national-recruitment-promotion-standard",
    "COMMITMENT",
    "National standard for recruitment and promotion",
    `${NAMED_AT_LAUNCH} Filed under Represented (recruitment and progression).`,
  ),
  // Themes of the four areas of focus.
  draftObjective("REPRESENTED", "recruitment", "OBJECTIVE", "Recruitment", "Theme of the Represented area."),
  draftObjective("REPRESENTED", "retention", "OBJECTIVE", "Retention", "Theme of the Represented area."),
  draftObjective("REPRESENTED", "progression", "OBJECTIVE", "Progression", "Theme of the Represented area."),
  draftObjective(
    "REPRESENTED",
    "ethnicity-pay-gap",
    "OBJECTIVE",
    "Ethnicity pay gap",
    "Theme of the Represented area.",
  ),
  draftObjective("REPRESENTED", "mentoring", "OBJECTIVE", "Mentoring", "Theme of the Represented area."),
  draftObjective(
    "RESPECTED",
    "body-worn-video",
    "OBJECTIVE",
    "Body-worn video",
    "Theme of the Respected area.",
  ),
  draftObjective("RESPECTED", "data-ethics", "OBJECTIVE", "Data ethics", "Theme of the Respected area."),
  draftObjective(
    "INVOLVED",
    "race-inclusion-boards",
    "OBJECTIVE",
    "Race Inclusion Boards",
    "Theme of the Involved area: Black communities in governance.",
  ),
  draftObjective(
    "INVOLVED",
    "independent-advisory-groups",
    "OBJECTIVE",
    "Independent Advisory Groups",
    "Theme of the Involved area: Black communities in governance.",
  ),
  draftObjective(
    "INVOLVED",
    "national-community-reference-group",
    "OBJECTIVE",
    "National Community Reference Group",
    "Theme of the Involved area: Black communities in governance.",
  ),
  draftObjective("PROTECTED", "victims", "OBJECTIVE", "Victims", "Theme of the Protected area."),
  draftObjective(
    "PROTECTED",
    "missing-black-people",
    "OBJECTIVE",
    "Missing Black people",
    "Theme of the Protected area.",
  ),
  draftObjective(
    "PROTECTED",
    "criminal-exploitation-young-black-men",
    "OBJECTIVE",
    "Criminal exploitation of young Black men",
    "Theme of the Protected area.",
  ),
].map((objective, index) => ({ ...objective, sortOrder: (index + 1) * 10 }));

/**
 * Which objectives later versions carried forward. Empty on purpose: no source available to the hub
 * lists the 2024 refresh's objectives or the text of the 2025 standards, and objectives were renamed
 * and regrouped between versions, so any link here would be a guess.
 */
export const objectiveLineage: ObjectiveLineageRow[] = [];
