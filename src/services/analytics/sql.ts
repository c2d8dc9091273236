import type { z } from "zod";
import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";

/**
 * Runs one named analytics statement and checks its rows. The name goes into the SQL as a comment so
 * it shows in the database's logs and statement statistics; the zod schema turns a drift between the
 * SQL and the code into an error instead of a silently wrong figure.
 */
export async function analyticsQuery<T extends z.ZodType>(
  db: Db,
  name: string,
  row: T,
  sql: Prisma.Sql,
): Promise<z.infer<T>[]> {
  const rows = await db.$queryRaw<unknown[]>(Prisma.sql([`/* analytics.${name} */ `, ""], sql));
  return rows.map((r) => row.parse(r));
}
