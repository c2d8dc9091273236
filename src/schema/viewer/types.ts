import { builder } from "../../builder.ts";
import type { Viewer } from "../../context.ts";
import { organisations } from "../common/subgraphs.ts";

const ViewerRole = builder.enumType("ViewerRole", {
  ...organisations,
  description:
    "PUBLIC: read-only (BI tools, anonymous); FORCE: a force app; NATIONAL: the programme team; ADMIN.",
  values: {
    PUBLIC: { value: "public" },
    FORCE: { value: "force" },
    NATIONAL: { value: "national" },
    ADMIN: { value: "admin" },
  } as const,
});

const ViewerRef = builder.objectRef<Viewer>("Viewer").implement({
  description: "Who the hub thinks is asking, from the bearer token (anonymous callers are PUBLIC).",
  ...organisations,
  fields: (t) => ({
    subject: t.exposeString("subject"),
    role: t.expose("role", { type: ViewerRole }),
    force: t.prismaField({
      type: "Force",
      nullable: true,
      description: "The force a force token acts for (its first); null for other roles. Same as `myForce`.",
      resolve: (query, viewer, _args, ctx) => {
        const [forceId] = viewer.role === "force" ? viewer.forceIds : [];
        return forceId ? ctx.db.force.findUnique({ ...query, where: { id: forceId } }) : null;
      },
    }),
    forces: t.prismaField({
      type: ["Force"],
      description: "The forces this viewer acts for (a force app's token names its force).",
      resolve: (query, viewer, _args, ctx) =>
        ctx.db.force.findMany({
          ...query,
          where: { id: { in: [...viewer.forceIds] } },
          orderBy: { name: "asc" },
        }),
    }),
  }),
});

builder.queryField("viewer", (t) =>
  t.field({ type: ViewerRef, ...organisations, resolve: (_root, _args, ctx) => ctx.viewer }),
);
