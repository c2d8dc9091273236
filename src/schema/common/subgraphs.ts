import { type SubGraphName, subGraphNames } from "../../builder.ts";

/** `{ subGraphs }` to spread into a type's, field's, connection's or edge's options. */
export interface InSubGraphs {
  subGraphs: SubGraphName[];
}

/** Forces, regions, collaborations, the viewer. */
export const organisations: InSubGraphs = { subGraphs: ["organisations"] };
/** Plan versions, objectives, force objectives, evidence, boards, sources. */
export const plan: InSubGraphs = { subGraphs: ["plan"] };
/** Workforce, population, police powers and the analytics over them. */
export const workforce: InSubGraphs = { subGraphs: ["workforce"] };
/** Entities every subgraph extends (Force, Collaboration) and shared helper types. */
export const everySubGraph: InSubGraphs = { subGraphs: [...subGraphNames] };
