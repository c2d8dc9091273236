// Every domain module, imported for the types and fields it registers on the builder.
import "./forces/types.ts";
import "./forces/queries.ts";
import "./collaborations/types.ts";
import "./collaborations/queries.ts";
import "./viewer/types.ts";
import "./plan/sources.ts";
import "./plan/types.ts";
import "./plan/force-objectives.ts";
import "./plan/queries.ts";
import "./evidence/types.ts";
import "./evidence/queries.ts";
import "./boards/types.ts";
import "./boards/queries.ts";
