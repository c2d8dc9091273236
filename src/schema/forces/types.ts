import { builder } from "../../builder.ts";
import { Country, ForceKind } from "../../generated/prisma/enums.ts";
import { entityByKey } from "../common/entities.ts";
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
  // No default for fields: every field, here or contributed by another subgraph, names its subgraph
  // (tests/schema/subgraphs.unit.test.ts fails on one that does not).
  defaultSubGraphsForFields: [],
  id: { field: "id", ...everySubGraph, shareable: true },
  fields: (t) => ({
    id: t.exposeID("id", everySubGraph),
    name: t.exposeString("name", { ...organisations, description: "Name as data.police.uk gives it." }),
    homeOfficeName: t.exposeString("homeOfficeName", {
      ...organisations,
      nullable: true,
      description: 'Spelling used by Home Office statistics (e.g. "Avon & Somerset").',
    }),
    pfaCode: t.exposeString("pfaCode", {
      ...organisations,
      nullable: true,
      description: "ONS police force area code (E23…/W15…). Null for forces with no area (BTP).",
    }),
    pfaName: t.exposeString("pfaName", { ...organisations, nullable: true }),
    country: t.expose("country", { ...organisations, type: CountryEnum }),
    kind: t.expose("kind", { ...organisations, type: ForceKindEnum }),
    notes: t.exposeString("notes", { ...organisations, nullable: true }),
    region: t.relation("region", { ...organisations, nullable: true }),
    aliases: t.stringList({
      ...organisations,
      description: "Other spellings found in published data.",
      select: { aliases: { select: { alias: true }, orderBy: { alias: "asc" } } },
      resolve: (force) => force.aliases.map((a) => a.alias),
    }),
  }),
});

builder.asEntity(ForceRef, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: (ref, ctx, info) =>
    entityByKey(ctx, info, "Force", (ids, query) =>
      ctx.db.force.findMany({ ...query, where: { id: { in: ids } } }),
    ).load(ref.id),
});
