import { builder } from "../../builder.ts";
import { CollaborationKind } from "../../generated/prisma/enums.ts";
import { entityByKey } from "../common/entities.ts";
import { everySubGraph, organisations } from "../common/subgraphs.ts";
import { ForceRef } from "../forces/types.ts";

export const CollaborationKindEnum = builder.enumType(CollaborationKind, {
  name: "CollaborationKind",
  ...organisations,
});

export const CollaborationRef = builder.prismaNode("Collaboration", {
  // node(id:) of a row that no longer exists is null, not an error.
  nullable: true,
  description:
    'Forces that run functions together, e.g. the Bedfordshire, Cambridgeshire and Hertfordshire "BCH" tri-force units.',
  ...everySubGraph,
  // No default for fields: each names its subgraph (tests/schema/subgraphs.unit.test.ts).
  defaultSubGraphsForFields: [],
  id: { field: "id", ...everySubGraph, shareable: true },
  fields: (t) => ({
    id: t.exposeID("id", everySubGraph),
    name: t.exposeString("name", organisations),
    shortName: t.exposeString("shortName", { ...organisations, nullable: true }),
    kind: t.expose("kind", { ...organisations, type: CollaborationKindEnum }),
    description: t.exposeString("description", { ...organisations, nullable: true }),
    startDate: t.expose("startDate", { ...organisations, type: "Date", nullable: true }),
    sourceId: t.exposeID("sourceId", {
      ...organisations,
      nullable: true,
      description: "Id of the SourceDocument (a shipped publication) the collaboration is known from.",
    }),
    endDate: t.expose("endDate", { ...organisations, type: "Date", nullable: true }),
    members: t.relation("members", { ...organisations, query: { orderBy: { forceId: "asc" } } }),
    memberForces: t.prismaField({
      ...organisations,
      type: ["Force"],
      description: "The member forces (current and former; see `members` for dates).",
      select: { members: { select: { force: true }, orderBy: { forceId: "asc" } } },
      resolve: (_query, collaboration) => collaboration.members.map((m) => m.force),
    }),
    functions: t.relation("functions", { ...organisations, query: { orderBy: { name: "asc" } } }),
  }),
});

builder.asEntity(CollaborationRef, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: (ref, ctx, info) =>
    entityByKey(ctx, info, "Collaboration", (ids, query) =>
      ctx.db.collaboration.findMany({ ...query, where: { id: { in: ids } } }),
    ).load(ref.id),
});

builder.prismaObject("CollaborationMember", {
  description: "A force's membership of a collaboration.",
  ...organisations,
  fields: (t) => ({
    force: t.relation("force"),
    collaboration: t.relation("collaboration"),
    joinedOn: t.expose("joinedOn", { type: "Date", nullable: true }),
    leftOn: t.expose("leftOn", { type: "Date", nullable: true }),
  }),
});

builder.prismaObject("CollaborationFunction", {
  description: "A function the members run together (e.g. Professional Standards, Armed Policing).",
  ...organisations,
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    startDate: t.expose("startDate", { type: "Date", nullable: true }),
    sourceId: t.exposeID("sourceId", {
      nullable: true,
      description: "The publication the function is known from.",
    }),
    endDate: t.expose("endDate", { type: "Date", nullable: true }),
  }),
});

builder.prismaObjectFields(ForceRef, (t) => ({
  collaborations: t.relation("memberships", {
    ...organisations,
    description: "The collaborations this force belongs to, with membership dates.",
    query: { orderBy: { collaborationId: "asc" } },
  }),
  collaborationPartners: t.prismaField({
    ...organisations,
    type: ["Force"],
    description: "Other forces that share at least one collaboration with this force.",
    select: {
      memberships: {
        select: { collaboration: { select: { members: { select: { force: true } } } } },
      },
    },
    resolve: (_query, force) => {
      const partners = new Map<
        string,
        (typeof force.memberships)[number]["collaboration"]["members"][number]["force"]
      >();
      for (const membership of force.memberships)
        for (const member of membership.collaboration.members)
          if (member.force.id !== force.id) partners.set(member.force.id, member.force);
      return [...partners.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
  }),
}));
