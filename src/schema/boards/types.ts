import { builder } from "../../builder.ts";
import {
  ActionStatus,
  BoardStatus,
  BoardType,
  Independence,
  ScrutinyKind,
} from "../../generated/prisma/enums.ts";
import { ownedConnection } from "../common/connections.ts";
import { planNode, planNodeKey } from "../common/nodes.ts";
import { pageSize } from "../common/pagination.ts";
import { plan } from "../common/subgraphs.ts";
import { ProvenanceEnum } from "../evidence/types.ts";
import "../plan/sources.ts";

export const BoardTypeEnum = builder.enumType(BoardType, {
  name: "BoardType",
  description:
    "Kinds of boards and groups through which communities and staff scrutinise and advise a force.",
  ...plan,
  values: {
    RACE_INCLUSION_BOARD: {
      description: "A force's Race (and) Inclusion Board, e.g. of community volunteers.",
    },
    INDEPENDENT_ADVISORY_GROUP: { description: "An Independent Advisory Group (IAG)." },
    POLICE_ACCOUNTABILITY_MEETING: { description: "A Police Accountability Meeting (PAM)." },
    COMMUNITY_COHESION_GROUP: {
      description: "A community group, e.g. reviewing body-worn video of stop and search and use of force.",
    },
    YOUTH_BOARD: { description: "A young people's board." },
    EXTERNAL_DEI_BOARD: { description: "An external diversity, equality and inclusion board." },
    NATIONAL_COMMUNITY_REFERENCE_GROUP: { description: "The plan's National Community Reference Group." },
    INDEPENDENT_SCRUTINY_OVERSIGHT_BOARD: {
      description: "The Independent Scrutiny and Oversight Board (ISOB) of the plan.",
    },
    STAFF_NETWORK: { description: "A staff network or association acting as a board." },
    OTHER: { description: "None of the above." },
  },
});

export const IndependenceEnum = builder.enumType(Independence, {
  name: "Independence",
  description: "Who leads a board, as far as the source says.",
  ...plan,
  values: {
    INDEPENDENT_CHAIR: { description: "Chaired by someone independent of the police." },
    COMMUNITY_LED: { description: "Led by community members." },
    POLICE_CHAIRED: { description: "Chaired by a police officer or staff member." },
    NOT_KNOWN: {
      description: "The source does not say who chairs (who sits on a board is not who leads it).",
    },
  },
});

export const BoardStatusEnum = builder.enumType(BoardStatus, {
  name: "BoardStatus",
  ...plan,
  values: {
    PROPOSED: { description: "Announced or being set up; not yet meeting." },
    ACTIVE: { description: "Meeting." },
    CLOSED: { description: "No longer meeting." },
  },
});

export const ActionStatusEnum = builder.enumType(ActionStatus, {
  name: "ActionStatus",
  ...plan,
  values: {
    OPEN: { description: "Not done yet." },
    DONE: { description: "Done." },
    DROPPED: { description: "Not going to be done." },
  },
});

export const ScrutinyKindEnum = builder.enumType(ScrutinyKind, {
  name: "ScrutinyKind",
  ...plan,
  values: {
    RIDE_ALONG: { description: "Board members rode along with officers." },
    BWV_REVIEW_STOP_SEARCH: { description: "Review of body-worn video of stop and search." },
    BWV_REVIEW_USE_OF_FORCE: { description: "Review of body-worn video of use of force." },
    OBSERVATION: { description: "Observation of operations or meetings." },
    DATA_REVIEW: { description: "Review of data (e.g. stop and search disproportionality)." },
    POLICY_REVIEW: { description: "Review of a policy or procedure." },
  },
});

export const BoardRef = builder.prismaNode("Board", {
  description:
    "A board or group through which communities or staff advise and scrutinise policing (Race Inclusion Board, IAG, …). Owned by a force, a collaboration, or neither (a national board).",
  ...planNode,
  fields: (t) => ({
    id: t.exposeID("id", { ...planNodeKey, description: "Stable id; the federation key." }),
    type: t.expose("type", { type: BoardTypeEnum }),
    name: t.exposeString("name"),
    status: t.expose("status", { type: BoardStatusEnum }),
    ownerForce: t.relation("ownerForce", {
      nullable: true,
      description: "The force that runs the board; null for a collaboration's or a national board.",
    }),
    ownerCollaboration: t.relation("ownerCollaboration", {
      nullable: true,
      description: "The collaboration that runs the board; null for a force's or a national board.",
    }),
    national: t.boolean({
      description: "True for a national board of the programme (no owning force or collaboration).",
      select: { ownerForceId: true, ownerCollaborationId: true },
      resolve: (board) => board.ownerForceId == null && board.ownerCollaborationId == null,
    }),
    chair: t.exposeString("chair", {
      nullable: true,
      description: "Who chairs it; null when not published.",
    }),
    independence: t.expose("independence", { type: IndependenceEnum }),
    purpose: t.exposeString("purpose", { nullable: true }),
    membershipDescription: t.exposeString("membershipDescription", {
      nullable: true,
      description: "Who sits on the board, in the source's words.",
    }),
    meetingFrequency: t.exposeString("meetingFrequency", { nullable: true, description: 'e.g. "monthly".' }),
    establishedOn: t.expose("establishedOn", {
      type: "Date",
      nullable: true,
      description: "Null when not published.",
    }),
    provenance: t.expose("provenance", { type: ProvenanceEnum }),
    source: t.relation("source", {
      nullable: true,
      description: "The publication the board was taken from.",
    }),
    membership: t.relation("membership", {
      description: "Groups that sit on the board, with counts where published.",
      query: { orderBy: { category: "asc" } },
    }),
    meetings: t.relatedConnection(
      "meetings",
      {
        description: "Meetings, most recent first.",
        cursor: "id",
        ...pageSize,
        totalCount: true,
        query: { orderBy: [{ heldOn: "desc" }, { id: "asc" }] },
      },
      plan,
      plan,
    ),
    scrutinyActivities: t.relatedConnection(
      "scrutiny",
      {
        description:
          "Scrutiny the board carried out (ride-alongs, body-worn video reviews…), most recent first.",
        cursor: "id",
        ...pageSize,
        totalCount: true,
        query: { orderBy: [{ occurredOn: { sort: "desc", nulls: "last" } }, { id: "asc" }] },
      },
      plan,
      plan,
    ),
  }),
});

builder.asEntity(BoardRef, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: (ref, ctx) => ctx.db.board.findUnique({ where: { id: ref.id } }),
});

builder.prismaObject("BoardMembership", {
  description: 'A group that sits on a board (e.g. "volunteers from Black communities").',
  ...plan,
  fields: (t) => ({
    id: t.exposeID("id"),
    category: t.exposeString("category"),
    description: t.exposeString("description", { nullable: true }),
    memberCount: t.expose("memberCount", {
      type: "NonNegativeInt",
      nullable: true,
      description: "How many; null when not published (never 0 for unknown).",
    }),
  }),
});

export const MeetingRef = builder.prismaObject("Meeting", {
  description: "A meeting of a board.",
  ...plan,
  fields: (t) => ({
    id: t.exposeID("id"),
    heldOn: t.expose("heldOn", { type: "Date" }),
    title: t.exposeString("title", { nullable: true }),
    topics: t.exposeStringList("topics", { description: "Subjects discussed." }),
    notes: t.exposeString("notes", { nullable: true }),
    board: t.relation("board"),
    actions: t.relation("actions", {
      description: "Actions agreed at the meeting, by due date (undated last).",
      query: { orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] },
    }),
  }),
});

export const MeetingActionRef = builder.prismaObject("MeetingAction", {
  description: "An action agreed at a board meeting.",
  ...plan,
  fields: (t) => ({
    id: t.exposeID("id"),
    description: t.exposeString("description"),
    owner: t.exposeString("owner", { nullable: true, description: "Who is to do it (a role or name)." }),
    dueOn: t.expose("dueOn", { type: "Date", nullable: true }),
    status: t.expose("status", { type: ActionStatusEnum }),
    meeting: t.relation("meeting"),
  }),
});

export const ScrutinyActivityRef = builder.prismaObject("ScrutinyActivity", {
  description:
    "Scrutiny a board carried out, e.g. a review of body-worn video of stop and search in one area.",
  ...plan,
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: ScrutinyKindEnum }),
    occurredOn: t.expose("occurredOn", { type: "Date", nullable: true }),
    description: t.exposeString("description"),
    location: t.exposeString("location", {
      nullable: true,
      description: "e.g. the local policing unit whose body-worn video was reviewed.",
    }),
    itemsReviewed: t.expose("itemsReviewed", {
      type: "NonNegativeInt",
      nullable: true,
      description: "How many items (e.g. videos) were reviewed; null when not published.",
    }),
    findings: t.exposeString("findings", { nullable: true }),
    board: t.relation("board"),
  }),
});

ownedConnection("boards", {
  relation: "boards",
  description: {
    force: "Boards this force runs (not its collaborations'), by name.",
    collaboration: "Boards this collaboration runs jointly, by name.",
  },
  query: { orderBy: [{ name: "asc" }, { id: "asc" }] },
});
