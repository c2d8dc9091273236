import { builder } from "../../builder.ts";
import { SourceKind } from "../../generated/prisma/enums.ts";
import { plan } from "../common/subgraphs.ts";

export const SourceKindEnum = builder.enumType(SourceKind, {
  name: "SourceKind",
  description: "What kind of publication a source document is.",
  ...plan,
  values: {
    OPEN_DATA: { description: "A published statistical data file (e.g. Home Office tables, ONS census)." },
    PRESS_RELEASE: { description: "A force's or national body's press release or news item." },
    POLICY_DOCUMENT: { description: "A force policy or strategy, e.g. an equality objective." },
    NATIONAL_REPORT: { description: "A national report, e.g. the plan itself or a progress report." },
    FORCE_SUBMISSION: { description: "Information a force sent to the programme or entered in the hub." },
  },
});

export const SourceDocumentRef = builder.prismaObject("SourceDocument", {
  description:
    "A publication or data file that rows of the hub were taken from: the provenance of evidence, boards and force objectives.",
  ...plan,
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: SourceKindEnum }),
    title: t.exposeString("title"),
    publisher: t.exposeString("publisher"),
    url: t.expose("url", {
      type: "URL",
      nullable: true,
      description: "Where the publication is online; null where it has no known address.",
    }),
    publishedOn: t.expose("publishedOn", {
      type: "Date",
      nullable: true,
      description: "Publication date; null when the source gives no exact day.",
    }),
    licence: t.exposeString("licence", { nullable: true, description: "e.g. Open Government Licence v3.0." }),
    localPath: t.exposeString("localPath", {
      nullable: true,
      description: "Path of the copy shipped with the hub (data/… or seeds/…).",
    }),
    notes: t.exposeString("notes", { nullable: true }),
  }),
});
