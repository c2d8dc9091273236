import type { GraphQLSchema } from "graphql";
import type { Viewer } from "../../src/context.ts";
import type { Database, Db } from "../../src/db/database.ts";
import { runGraphQL } from "../support/graphql.ts";
import { createForces, uniq } from "../support/hub.ts";

/**
 * Three forces — "herts" and "beds" in a tri-force collaboration, "cheshire" outside it — a national
 * objective, and a force objective of each of herts and cheshire. Ids carry a fresh suffix.
 */
export async function createWriteWorld(db: Db) {
  const p = `w-${uniq()}`;
  const [herts, beds, cheshire] = (await createForces(db, 3, `${p}-force`)) as [string, string, string];
  const bch = `${p}-bch`;
  await db.collaboration.create({
    data: {
      id: bch,
      name: `Tri-force ${p}`,
      kind: "TRI_FORCE",
      members: { create: [{ forceId: herts }, { forceId: beds }] },
    },
  });
  const version = `${p}-plan`;
  await db.planVersion.create({ data: { id: version, title: "Plan", stage: "FINAL" } });
  const objective = `${p}-objective`;
  await db.objective.create({
    data: { id: objective, planVersionId: version, kind: "OBJECTIVE", code: "R1", title: "Represented" },
  });
  const hertsObjective = `${p}-herts-eo4`;
  const cheshireObjective = `${p}-cheshire-eo1`;
  await db.forceObjective.createMany({
    data: [
      { id: hertsObjective, ownerForceId: herts, code: "EO4", title: "A diverse workforce" },
      { id: cheshireObjective, ownerForceId: cheshire, code: "EO1", title: "Trust" },
    ],
  });
  const measure = `${p}-herts-measure`;
  await db.measure.create({
    data: { id: measure, forceObjectiveId: hertsObjective, description: "BAME officers", unit: "%" },
  });
  const viewers = {
    herts: { subject: `${p}-herts-app`, role: "force", forceIds: [herts] },
    beds: { subject: `${p}-beds-app`, role: "force", forceIds: [beds] },
    cheshire: { subject: `${p}-cheshire-app`, role: "force", forceIds: [cheshire] },
    national: { subject: `${p}-national`, role: "national", forceIds: [] },
    admin: { subject: `${p}-admin`, role: "admin", forceIds: [] },
    public: { subject: "anonymous", role: "public", forceIds: [] },
  } satisfies Record<string, Viewer>;
  return {
    p,
    herts,
    beds,
    cheshire,
    bch,
    version,
    objective,
    hertsObjective,
    cheshireObjective,
    measure,
    viewers,
  };
}

export type WriteWorld = Awaited<ReturnType<typeof createWriteWorld>>;

/** Row counts of every table a write touches: equal before and after means nothing was written. */
export async function rowCounts(db: Db) {
  const counters = {
    evidence: () => db.evidence.count(),
    links: () => db.evidenceObjective.count(),
    forceLinks: () => db.evidenceForceObjective.count(),
    sources: () => db.sourceDocument.count(),
    audit: () => db.auditEvent.count(),
    keys: () => db.idempotencyKey.count(),
    boards: () => db.board.count(),
    meetings: () => db.meeting.count(),
    actions: () => db.meetingAction.count(),
    scrutiny: () => db.scrutinyActivity.count(),
    observations: () => db.measureObservation.count(),
  };
  const counts = await Promise.all(Object.values(counters).map((count) => count()));
  return Object.fromEntries(Object.keys(counters).map((name, i) => [name, counts[i]!])) as Record<
    keyof typeof counters,
    number
  >;
}

/** Runs a mutation as `viewer` and returns the named field's typed result. */
export async function mutate(
  database: Database,
  viewer: Viewer,
  source: string,
  variables: Record<string, unknown>,
  schema?: GraphQLSchema,
) {
  const { data, errors } = await runGraphQL(database, source, { viewer, variables, schema });
  if (errors) throw new Error(errors.map((e) => e.message).join("\n"));
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary GraphQL results
  return Object.values(data as Record<string, unknown>)[0] as Record<string, any>;
}
