import { builder } from "../../builder.ts";
import { isPublished } from "../../policy/permissions.ts";
import { EvidenceRef } from "./types.ts";

// Fields force apps need to write evidence safely: the version to send back, and whether it is public.

builder.prismaObjectFields(EvidenceRef, (t) => ({
  version: t.exposeInt("version", {
    description: "Send it back with an update; a write from a stale version is refused (ConflictError).",
  }),
  isPublic: t.exposeBoolean("isPublic", {
    description: "Marked public by its owner before delivery (press-release evidence is public).",
  }),
  published: t.boolean({
    description:
      "Visible to everyone: delivered, verified or marked public. Otherwise a draft only its owner and the national team see.",
    select: { status: true, isPublic: true },
    resolve: (evidence) => isPublished(evidence),
  }),
  ownerNational: t.exposeBoolean("ownerNational", {
    description: "Owned by the national programme team (no owning force or collaboration).",
  }),
}));
