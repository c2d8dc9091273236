import { builder } from "../../builder.ts";
import { countBoards, findBoard, listBoards } from "../../services/boards.ts";
import { SortDirectionEnum } from "../common/ordering.ts";
import { pageSize } from "../common/pagination.ts";
import { plan } from "../common/subgraphs.ts";
import { BoardStatusEnum, BoardTypeEnum } from "./types.ts";

const BoardFilter = builder.inputType("BoardFilter", {
  description: "Every field given narrows the result (they combine with AND); an empty list matches nothing.",
  ...plan,
  fields: (t) => ({
    forceIds: t.idList({ required: false, description: "Boards run by one of these forces." }),
    includeCollaborations: t.boolean({
      required: false,
      defaultValue: false,
      description: "With forceIds: also boards of a collaboration one of those forces belongs to.",
    }),
    collaborationId: t.id({ required: false, description: "Boards run by this collaboration." }),
    national: t.boolean({
      required: false,
      description: "true: only national boards (no owner); false: only force or collaboration boards.",
    }),
    type: t.field({ type: [BoardTypeEnum], required: false, description: "Any of these types." }),
    status: t.field({ type: [BoardStatusEnum], required: false, description: "Any of these statuses." }),
  }),
});

const BoardOrderField = builder.enumType("BoardOrderField", {
  ...plan,
  values: {
    NAME: { description: "Name, A→Z." },
    TYPE: { description: "Type, then name." },
    ESTABLISHED_ON: { description: "Date established; boards with no published date come last." },
  } as const,
});

const BoardOrder = builder.inputType("BoardOrder", {
  description: "Sort order of boards; ties are broken by id so pages never overlap.",
  ...plan,
  fields: (t) => ({
    field: t.field({ type: BoardOrderField, required: true }),
    direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: "ASC" }),
  }),
});

builder.queryFields((t) => ({
  board: t.prismaField({
    ...plan,
    type: "Board",
    nullable: true,
    description: "A board by id; null if there is none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) => findBoard(ctx.db, query, args.id),
  }),
  boards: t.prismaConnection(
    {
      ...plan,
      type: "Board",
      cursor: "id",
      ...pageSize,
      description: "Boards and scrutiny groups, filtered in the database; default order name A→Z.",
      args: {
        filter: t.arg({ type: BoardFilter, required: false }),
        orderBy: t.arg({ type: BoardOrder, required: false }),
      },
      totalCount: (_root, { filter }, ctx) => countBoards(ctx.db, filter),
      resolve: (query, _root, { filter, orderBy }, ctx) => listBoards(ctx.db, query, filter, orderBy),
    },
    plan,
    plan,
  ),
}));
