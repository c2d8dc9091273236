import { builder } from "../../builder.ts";
import { AuditAction } from "../../generated/prisma/enums.ts";
import { countAudit, searchAudit } from "../../services/audit-trail.ts";
import { viewerReach } from "../../services/reach.ts";
import { pageSize } from "../common/pagination.ts";
import { plan } from "../common/subgraphs.ts";

const AuditActionEnum = builder.enumType(AuditAction, {
  name: "AuditAction",
  ...plan,
  values: {
    CREATE: { description: "A record created through the API." },
    UPDATE: { description: "A record changed through the API." },
    DELETE: { description: "A record removed through the API." },
    IMPORT: { description: "A data file imported (`hub import`); changes hold a summary." },
    SEED: { description: "Curated content written by the first-start seed." },
  },
});

type ChangeJson = { before?: unknown; after?: unknown } | null;
const part = (changes: unknown, key: "before" | "after") =>
  changes && typeof changes === "object" && key in changes ? ((changes as ChangeJson)?.[key] ?? null) : null;

builder.prismaObject("AuditEvent", {
  ...plan,
  description: "One accepted change: who made it, when, to which record, with the values before and after.",
  fields: (t) => ({
    id: t.id({ resolve: (event) => event.id.toString() }),
    at: t.expose("at", { type: "DateTime" }),
    actor: t.exposeString("actor", { description: "The token's subject (or the importer/seed)." }),
    actorRole: t.exposeString("actorRole", {
      nullable: true,
      description: "The token's role (force, national, admin); null for imports and seeds.",
    }),
    action: t.expose("action", { type: AuditActionEnum }),
    entityType: t.exposeString("entityType", { description: "e.g. Evidence, Board, Meeting." }),
    entityId: t.exposeString("entityId"),
    ownerForceId: t.exposeID("ownerForceId", { nullable: true, description: "The record's owning force." }),
    ownerCollaborationId: t.exposeID("ownerCollaborationId", { nullable: true }),
    ownerNational: t.exposeBoolean("ownerNational"),
    before: t.field({
      type: "JSON",
      nullable: true,
      description: "The record before the change (null for a create).",
      resolve: (event) => part(event.changes, "before"),
    }),
    after: t.field({
      type: "JSON",
      nullable: true,
      description: "The record after the change.",
      resolve: (event) => part(event.changes, "after"),
    }),
    changes: t.expose("changes", {
      type: "JSON",
      description: "The whole recorded change (imports: a summary).",
    }),
    requestId: t.exposeString("requestId", { nullable: true }),
  }),
});

const AuditFilter = builder.inputType("AuditFilter", {
  ...plan,
  description: "Every field given narrows the trail (AND).",
  fields: (t) => ({
    entityType: t.string({ required: false }),
    entityId: t.id({ required: false }),
    actor: t.string({ required: false, description: "A token subject." }),
    actions: t.field({ type: [AuditActionEnum], required: false }),
    forceId: t.id({ required: false, description: "Changes to records this force owns." }),
    collaborationId: t.id({ required: false, description: "Changes to records this collaboration owns." }),
    national: t.boolean({ required: false, description: "true: changes to national records." }),
    from: t.field({ type: "DateTime", required: false }),
    to: t.field({ type: "DateTime", required: false }),
  }),
});

builder.queryField("auditTrail", (t) =>
  t.prismaConnection(
    {
      ...plan,
      type: "AuditEvent",
      cursor: "id",
      ...pageSize,
      description:
        "Who changed what, newest first. A force token sees changes to its forces' and collaborations' records; national and admin see everything; public callers are refused.",
      authScopes: { signedIn: true },
      args: { filter: t.arg({ type: AuditFilter, required: false }) },
      totalCount: async (_root, { filter }, ctx) => countAudit(ctx.db, await viewerReach(ctx), filter),
      resolve: async (query, _root, { filter }, ctx) =>
        searchAudit(ctx.db, await viewerReach(ctx), query, filter),
    },
    plan,
    plan,
  ),
);
