import type { Viewer } from "../context.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { EvidenceStatus } from "../generated/prisma/enums.ts";

// Every permission decision of the hub, one function each. Scope-auth (src/builder.ts) calls them for
// fields and mutations; services call the *Where functions so lists filter in SQL by the same rule.

/** Who owns a record: exactly one of a force, a collaboration or the national programme. */
export type Owner =
  | { kind: "force"; forceId: string }
  | { kind: "collaboration"; collaborationId: string }
  | { kind: "national" };

/** What the viewer can act for: its forces and the collaborations those forces belong to. */
export interface Reach {
  viewer: Viewer;
  collaborationIds: readonly string[];
}

/** The owner of a row that has owner columns; null owners on both sides mean national. */
export function ownerOf(row: { ownerForceId: string | null; ownerCollaborationId: string | null }): Owner {
  if (row.ownerForceId) return { kind: "force", forceId: row.ownerForceId };
  if (row.ownerCollaborationId) return { kind: "collaboration", collaborationId: row.ownerCollaborationId };
  return { kind: "national" };
}

export function describeOwner(owner: Owner): string {
  if (owner.kind === "force") return `force "${owner.forceId}"`;
  if (owner.kind === "collaboration") return `collaboration "${owner.collaborationId}"`;
  return "the national programme";
}

/**
 * May the viewer write this owner's records? A force token: its own forces' and their collaborations'.
 * National: the national programme's. Admin: anyone's. Public: nobody's.
 */
export function canWriteFor(reach: Reach, owner: Owner): boolean {
  const { viewer } = reach;
  if (viewer.role === "admin") return true;
  if (viewer.role === "national") return owner.kind === "national";
  if (viewer.role === "force") {
    if (owner.kind === "force") return viewer.forceIds.includes(owner.forceId);
    if (owner.kind === "collaboration") return reach.collaborationIds.includes(owner.collaborationId);
  }
  return false;
}

/** Verification is someone other than the owner confirming delivery: the national team (or admin). */
export function canVerifyEvidence(viewer: Viewer): boolean {
  return viewer.role === "national" || viewer.role === "admin";
}

/** Plan content (versions, areas, national objectives) is the admin's alone. */
export function canManagePlan(viewer: Viewer): boolean {
  return viewer.role === "admin";
}

/** National and admin read everything, drafts and every force's audit trail included. */
export function readsEverything(viewer: Viewer): boolean {
  return viewer.role === "national" || viewer.role === "admin";
}

/** The audit trail and drafts lists are for signed-in writers (force, national, admin), never public. */
export function canReadAuditTrail(viewer: Viewer): boolean {
  return viewer.role !== "public";
}

/** Delivered or verified evidence is published; so is anything its owner marked public. */
export function isPublished(evidence: { status: EvidenceStatus; isPublic: boolean }): boolean {
  return evidence.isPublic || publishedStatuses.includes(evidence.status);
}

const publishedStatuses: EvidenceStatus[] = ["DELIVERED", "VERIFIED"];

const publishedWhere: Prisma.EvidenceWhereInput = {
  OR: [{ isPublic: true }, { status: { in: publishedStatuses } }],
};

/** Rows owned by one of the viewer's forces or their collaborations (SQL, no membership lookup first). */
function ownedByViewerWhere(viewer: Viewer) {
  const forceIds = [...viewer.forceIds];
  return [
    { ownerForceId: { in: forceIds } },
    { ownerCollaboration: { members: { some: { forceId: { in: forceIds }, leftOn: null } } } },
  ];
}

/**
 * The evidence a viewer may see: published evidence, plus drafts (not delivered and not marked
 * public) of the viewer's own forces and collaborations; national and admin see every draft.
 */
export function evidenceVisibleWhere(viewer: Viewer): Prisma.EvidenceWhereInput {
  if (readsEverything(viewer)) return {};
  if (viewer.role === "force") return { OR: [publishedWhere, ...ownedByViewerWhere(viewer)] };
  return publishedWhere;
}

/** The drafts the viewer may see (myDrafts). */
export function draftsVisibleWhere(viewer: Viewer): Prisma.EvidenceWhereInput {
  const draft: Prisma.EvidenceWhereInput = { isPublic: false, status: { notIn: publishedStatuses } };
  if (readsEverything(viewer)) return draft;
  if (viewer.role === "force") return { AND: [draft, { OR: ownedByViewerWhere(viewer) }] };
  return { id: { in: [] } };
}

/** One row: may this viewer see it (evidenceItem, entity references)? */
export function canSeeEvidence(
  reach: Reach,
  evidence: { status: EvidenceStatus; isPublic: boolean } & Parameters<typeof ownerOf>[0],
): boolean {
  if (isPublished(evidence) || readsEverything(reach.viewer)) return true;
  return reach.viewer.role === "force" && canWriteFor(reach, ownerOf(evidence));
}

/** The audit events a viewer may read: its forces' and collaborations' for a force, all for national. */
export function auditVisibleWhere(reach: Reach): Prisma.AuditEventWhereInput {
  const { viewer } = reach;
  if (readsEverything(viewer)) return {};
  if (viewer.role !== "force") return { id: { in: [] } };
  return {
    OR: [
      { ownerForceId: { in: [...viewer.forceIds] } },
      { ownerCollaborationId: { in: [...reach.collaborationIds] } },
    ],
  };
}
