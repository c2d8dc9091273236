import { builder } from "../../builder.ts";
import {
  ConflictError,
  type FieldIssue,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from "../../errors.ts";

// The typed results every mutation can return (Pothos errors plugin). A client switches on
// __typename: ValidationError (with field paths), NotFoundError, ForbiddenError, ConflictError.

const plan = ["plan"] as const;

const MutationErrorRef = builder.interfaceRef<Error>("MutationError").implement({
  description: "An expected failure of a write. Nothing was written.",
  subGraphs: [...plan],
  fields: (t) => ({ message: t.exposeString("message") }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>("FieldIssue").implement({
  description: "One problem with the input.",
  subGraphs: [...plan],
  fields: (t) => ({
    path: t.stringList({
      description: 'Where in the arguments, e.g. ["input", "sourceUrl"].',
      resolve: (issue) => issue.path.map(String),
    }),
    message: t.exposeString("message"),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description:
    "The input is invalid (a bad URL, dates that disagree with the status, an invalid transition…).",
  subGraphs: [...plan],
  interfaces: [MutationErrorRef],
  fields: (t) => ({ issues: t.field({ type: [FieldIssueRef], resolve: (error) => [...error.issues] }) }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "A record the input names does not exist (or is not visible to this token).",
  subGraphs: [...plan],
  interfaces: [MutationErrorRef],
  fields: (t) => ({
    entityType: t.exposeString("entityType"),
    entityId: t.exposeString("entityId"),
  }),
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description: "This token may not make this change (another force's record, a public token, plan content…).",
  subGraphs: [...plan],
  interfaces: [MutationErrorRef],
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description:
    "The record changed since the version the client read (read it again and reapply), or an idempotency key was reused for a different request.",
  subGraphs: [...plan],
  interfaces: [MutationErrorRef],
  fields: (t) => ({
    currentVersion: t.exposeInt("currentVersion", {
      nullable: true,
      description: "The record's version now, when the conflict is a stale version.",
    }),
  }),
});

/** The typed failures of a write; `data` names the success field (e.g. "evidence"). */
export function writeErrors(data: string) {
  return {
    types: [ValidationError, NotFoundError, ForbiddenError, ConflictError],
    dataField: { name: data },
    result: { subGraphs: [...plan] },
    union: { subGraphs: [...plan] },
  };
}
