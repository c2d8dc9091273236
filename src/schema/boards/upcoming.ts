import { builder } from "../../builder.ts";
import { upcomingMeetings } from "../../services/force-view.ts";
import { plan } from "../common/subgraphs.ts";
import { ForceRef } from "../forces/types.ts";
import { MeetingRef } from "./types.ts";

builder.prismaObjectField(ForceRef, "upcomingMeetings", (t) =>
  t.field({
    ...plan,
    type: [MeetingRef],
    description:
      "The next meetings (today or later, soonest first) of boards the force runs alone or with its collaboration partners.",
    args: {
      first: t.arg.int({ required: false, defaultValue: 5, description: "At most this many (1–50)." }),
    },
    resolve: async (force, { first }, ctx) =>
      (await upcomingMeetings(ctx, force.id)).slice(0, Math.min(Math.max(first ?? 5, 1), 50)),
  }),
);
