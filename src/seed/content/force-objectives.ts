import { OBJECTIVE } from "./plan.ts";
import { SOURCE } from "./sources.ts";
import type { ForceObjectiveLinkRow, ForceObjectiveRow, MeasureRow } from "./types.ts";

// Hertfordshire Equality Objective 4 (April 2016–2020), from data/publications/004_87b32b5fa6f17676.txt.
// It predates the Race Action Plan; the links to the plan's Represented objectives are the hub's
// mapping of its stated aim (“recruitment, retention and progression activity”). No values are
// published for any measure, so there are no MeasureObservation rows and every baseline value is null.

export const HERTS_EO4 = "hertfordshire-equality-objective-4-2016-2020";

export const forceObjectives: ForceObjectiveRow[] = [
  {
    id: HERTS_EO4,
    ownerForceId: "hertfordshire",
    ownerCollaborationId: null,
    code: "EO4-2016-2020",
    title: "Equality Objective 4 (Internal): Building a Diverse Workforce",
    description:
      "“The Constabulary aims to better understand its workforce and shape recruitment, retention and " +
      "progression activity (including positive action) informed by engagement with under-represented " +
      "groups in our communities and the experiences of under-represented members of our workforce e.g. " +
      "through exit interview feedback and opinion surveys.” Gap identified through HR data: the " +
      "workforce is under-represented by people from a Visible Ethnic Minority (VEM) background. Actions " +
      "include progressing the BCH tri-force Positive Action Strategy within Hertfordshire, the College " +
      "of Policing BME Progression 2018 programme, Police Now, the ‘Fast Track’ scheme, reviewing " +
      "promotion processes, the ‘Releasing Potential’ initiative and the service level agreement with " +
      "the staff networks. Period: April 2016 to 2020; the end month is not stated, so periodEnd is null.",
    periodStart: "2016-04-01",
    periodEnd: null,
    sourceId: SOURCE.hertsEqualityObjective4,
  },
];

export const forceObjectiveLinks: ForceObjectiveLinkRow[] = [
  OBJECTIVE.recruitment,
  OBJECTIVE.retention,
  OBJECTIVE.progression,
].map((objectiveId) => ({ forceObjectiveId: HERTS_EO4, objectiveId }));

// Units: "people"/"officers" where the text counts people; "survey result (scale not stated)" where it
// names a survey but no scale; "qualitative" where the success measure is evidence, not a number.
const measure = (
  name: string,
  fields: Omit<MeasureRow, "id" | "forceObjectiveId" | "baselineValue" | "dueDate"> &
    Partial<Pick<MeasureRow, "baselineValue" | "dueDate">>,
): MeasureRow => ({
  id: `${HERTS_EO4}-${name}`,
  forceObjectiveId: HERTS_EO4,
  baselineValue: null,
  dueDate: null,
  ...fields,
});

export const measures: MeasureRow[] = [
  measure("police-now-bme-recruits", {
    description:
      "Participate in the Police Now programme: recruit 24 BME employees across Beds, Herts & Cambs",
    unit: "people",
    scope: "BCH",
    baselineDate: null,
    baselineDescription: null,
    targetValue: 24,
  }),
  measure("bme-progression-2018-commitment", {
    description: "Demonstrate commitment to the College of Policing BME Progression 2018 programme",
    unit: "qualitative",
    scope: "Hertfordshire",
    baselineDate: null,
    baselineDescription: null,
    targetValue: null,
  }),
  measure("fast-track-female-vem-officers", {
    description:
      "Work with the College of Policing to increase the number of female and visible ethnic minority " +
      "officers in the Constabulary on the ‘Fast Track’ scheme which provides direct entry at Inspector and " +
      "Superintendent Ranks (an increase; no number is given)",
    unit: "officers",
    scope: "Hertfordshire",
    baselineDate: null,
    baselineDescription: null,
    targetValue: null,
  }),
  measure("representative-of-community", {
    description:
      "Outcome: “Recruitment campaigns in Hertfordshire Constabulary will result in the Force being " +
      "representative of the community it serves” (the hub's representation ratio measures this; the " +
      "objective sets no figure)",
    unit: "qualitative",
    scope: "Hertfordshire",
    baselineDate: null,
    baselineDescription: null,
    targetValue: null,
  }),
  measure("vem-recruitment-per-campaign", {
    description:
      "Each recruitment campaign to evidence that we are recruiting staff from a Visible Ethnic Minority " +
      "background",
    unit: "qualitative",
    scope: "Hertfordshire",
    baselineDate: null,
    baselineDescription: null,
    targetValue: null,
  }),
  measure("bme-progression-2018-evaluation", {
    description:
      "Evaluation of evidence provided to the College of Policing to highlight the success of the BME " +
      "2018 Programme",
    unit: "qualitative",
    scope: "Hertfordshire",
    baselineDate: null,
    baselineDescription: null,
    targetValue: null,
  }),
  measure("workforce-profile-diversity", {
    description:
      "Workforce profile demonstrates improved levels of diversity across all business areas and in all " +
      "ranks and grades",
    unit: "qualitative",
    scope: "Hertfordshire",
    baselineDate: null,
    baselineDescription: null,
    targetValue: null,
  }),
  measure("staff-satisfaction", {
    description:
      "Improvement in staff satisfaction demonstrated through surveys (Staff survey and employee engagement)",
    unit: "survey result (scale not stated)",
    scope: "Hertfordshire",
    baselineDate: null,
    baselineDescription: null,
    targetValue: null,
  }),
  measure("releasing-potential-applicants-selected", {
    description:
      "The number of female and visible ethnic minority officers in the Constabulary who apply and are " +
      "selected for the ‘Releasing Potential’ initiative",
    unit: "officers",
    scope: "Hertfordshire",
    baselineDate: null,
    baselineDescription: null,
    targetValue: null,
  }),
  measure("staff-network-satisfaction", {
    description:
      "Satisfaction of the workforce represented by the Support Groups as evidenced in the ‘Your Voice " +
      "Matters’ staff survey",
    unit: "survey result (scale not stated)",
    scope: "Hertfordshire",
    baselineDate: "2016-07-01",
    baselineDescription:
      "‘Your Voice Matters’ staff survey, July 2016 (“will act as baseline”). Known to the month: the " +
      "date is stored as the 1st. No baseline figure is published, so baselineValue is null.",
    targetValue: null,
  }),
];
