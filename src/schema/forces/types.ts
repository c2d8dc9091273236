import { builder } from "../../builder.ts";
import { Country, ForceKind } from "../../generated/prisma/enums.ts";
import { everySubGraph, organisations } from "../common/subgraphs.ts";

export const CountryEnum = builder.enumType(Country, {
  name: "Country",
  ...organisations,
});

export const ForceKindEnum = builder.enumType(ForceKind, {
  name: "ForceKind",
  description:
    "TERRITORIAL: one of the 43 forces of England and Wales (or PSNI); SPECIAL: e.g. British Transport Police.",
  ...organisations,
});

export const RegionRef = builder.prismaNode("Region", {
  // node(id:) of a row that no longer exists is null, not an error.
  nullable: true,
  description: "A Home Office police region (e.g. Eastern, Wales).",
  ...organisations,
  id: { field: "id" },
  fields: (t) => ({
    id: t.exposeID("id", { nullable: false }),
    name: t.exposeString("name"),
    forces: t.relation("forces", { query: { orderBy: { name: "asc" } } }),
  }),
});

export const ForceRef = builder.prismaNode("Force", {
  // node(id:) of a row that no longer exists is null, not an error.
  nullable: true,
  description:
    "A police force. `id` is the data.police.uk force id (e.g. `hertfordshire`); it is the federation key.",
  // Other subgraphs contribute fields (evidence, boards, workforce…) to this entity.
  ...everySubGraph,
  defaultSubGraphsForFields: organisations.subGraphs,
  id: { field: "id", ...everySubGraph, shareable: true },
  fields: (t) => ({
    id: t.exposeID("id", everySubGraph),
    name: t.exposeString("name", { description: "Name as data.police.uk gives it." }),
    homeOfficeName: t.exposeString("homeOfficeName", {
      nullable: true,
      description: 'Spelling used by Home Office statistics (e.g. "Avon & Somerset").',
    }),
    pfaCode: t.exposeString("pfaCode", {
      nullable: true,
      description: "ONS police force area code (E23…/W15…). Null for forces with no area (BTP).",
    }),
    pfaName: t.exposeString("pfaName", { nullable: true }),
    country: t.expose("country", { type: CountryEnum }),
    kind: t.expose("kind", { type: ForceKindEnum }),
    notes: t.exposeString("notes", { nullable: true }),
    region: t.relation("region", { nullable: true }),
    aliases: t.stringList({
      description: "Other spellings found in published data.",
      select: { aliases: { select: { alias: true }, orderBy: { alias: "asc" } } },
      resolve: (force) => force.aliases.map((a) => a.alias),
    }),
  }),
});

builder.asEntity(ForceRef, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: (ref, ctx) => ctx.loaders.forceById.load(ref.id),
});
