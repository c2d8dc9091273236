// Every domain module, imported for the types and fields it registers on the builder.
import "./forces/types.ts";
import "./forces/queries.ts";
import "./collaborations/types.ts";
import "./collaborations/queries.ts";
import "./viewer/types.ts";
