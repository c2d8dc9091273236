import type { SourceDocumentRow } from "./types.ts";

// The publications the curated content is taken from. The shipped copies are in data/publications/
// (byte-for-byte copies of the team's shared seeds; see data/publications/SOURCE.md). None of the texts
// states its own publication date or web address, so publishedOn and url are null for all of them.
// The titles are descriptive titles written by the team: the copies have no headlines.

export const SOURCE = {
  hertsSupportsDraft: "hertfordshire-release-supports-draft-race-action-plan",
  hertsRaceInclusionBoard: "hertfordshire-release-race-and-inclusion-board",
  cheshireSupportsDraft: "cheshire-release-supports-draft-race-action-plan",
  npccLeadsConference: "npcc-release-race-action-plan-leads-conference",
  hertsEqualityObjective4: "hertfordshire-equality-objective-4-2016-2020",
} as const;

const NO_HEADLINE = "Title written by the hub: the shipped copy has no headline.";

export const sourceDocuments: SourceDocumentRow[] = [
  {
    id: SOURCE.hertsSupportsDraft,
    kind: "PRESS_RELEASE",
    title: "Hertfordshire Constabulary supports the draft National Police Race Action Plan",
    publisher: "Hertfordshire Constabulary",
    url: null,
    publishedOn: null,
    licence: null,
    localPath: "data/publications/000_deb1899c1a75caf4.txt",
    notes:
      `${NO_HEADLINE} Publication date not stated. The release discusses the draft plan (published ` +
      "24 May 2022) and says the Black workforce survey was “rolled out to all forces at the end of May”, " +
      "so it dates from after the end of May 2022. It quotes Chief Constable Charlie Hall.",
  },
  {
    id: SOURCE.hertsRaceInclusionBoard,
    kind: "PRESS_RELEASE",
    title: "Hertfordshire's Race and Inclusion Board invites Black community representatives to join",
    publisher: "Hertfordshire Constabulary",
    url: null,
    publishedOn: null,
    licence: null,
    localPath: "data/publications/001_0731fa926405fc00.txt",
    notes:
      `${NO_HEADLINE} Publication date not stated; later than ${SOURCE.hertsSupportsDraft} (the board ` +
      "that release was setting up now meets every month). The text calls the plan “recently launched by " +
      "the National College of Policing” (the plan is the NPCC's and the College of Policing's). " +
      "It quotes Superintendent Di Whiteside, race lead for Hertfordshire Constabulary.",
  },
  {
    id: SOURCE.cheshireSupportsDraft,
    kind: "PRESS_RELEASE",
    title: "Cheshire Constabulary supports the draft Police Race Action Plan",
    publisher: "Cheshire Constabulary",
    url: null,
    publishedOn: null,
    licence: null,
    localPath: "data/publications/002_604ca6c28bb3e1d0.txt",
    notes:
      `${NO_HEADLINE} Publication date not stated. It says the public survey on the draft plan “closes ` +
      "on 28 August” (28 Aug 2022), so it dates from between 24 May and 28 Aug 2022.",
  },
  {
    id: SOURCE.npccLeadsConference,
    kind: "PRESS_RELEASE",
    title: "Police Race Action Plan leads from forces across the country meet at the College of Policing",
    publisher: "National Police Chiefs' Council",
    url: null,
    publishedOn: null,
    licence: null,
    localPath: "data/publications/003_bd20305ac2b77a96.txt",
    notes:
      `${NO_HEADLINE} The text names its source as “United Kingdom National Police Chiefs Council”. ` +
      "It reports a conference held “on Wednesday (27 March)” and gives no year and no publication date. " +
      "It says a refresh of the plan is “due to be delivered this summer”; the refresh/progress report " +
      "came in Jul/Aug 2024 and 27 March 2024 was a Wednesday, so the conference was most likely on " +
      "27 March 2024. publishedOn stays null: the conference date is not the release's date.",
  },
  {
    id: SOURCE.hertsEqualityObjective4,
    kind: "POLICY_DOCUMENT",
    title:
      "Hertfordshire Equality Duty Objectives April 2016–2020: Objective 4, Building a Diverse Workforce",
    publisher: "Hertfordshire Constabulary",
    url: null,
    publishedOn: null,
    licence: null,
    localPath: "data/publications/004_87b32b5fa6f17676.txt",
    notes:
      "Web page “Objective 4 — Hertfordshire Equality Duty Objectives: April 2016–2020 — Policing " +
      "Hertfordshire for everyone”. Publication date not stated.",
  },
];

/** sha256 of each shipped copy, as listed in data/publications/SOURCE.md (checked by the tests). */
export const publicationSha256: Record<string, string> = {
  [SOURCE.hertsSupportsDraft]: "4a113c48489671e5d6649fa2e8a959f37670b6ef4546bcc92ff08022d1fcad78",
  [SOURCE.hertsRaceInclusionBoard]: "9b2984a3c11abae272be822d541cd103a28a3204c4e546aedeef37c0b3b596ff",
  [SOURCE.cheshireSupportsDraft]: "145778937cd86764991ec8f57eaf81d71dd46a39e46ac7b523016d9d72f6eb72",
  [SOURCE.npccLeadsConference]: "421e5c546314ea3d0d8d9a524d814fdb3b54ea223481c4a1b615dcd35f25e1dc",
  [SOURCE.hertsEqualityObjective4]: "16f3a43d162e3cb362a4e46c25f879b8bedda5bf23177fc950a053d54eabc544",
};
