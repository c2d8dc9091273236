import { z } from "zod";
import type { Db } from "../db/database.ts";

const versionRow = z.object({ audit: z.coerce.string(), batch: z.coerce.string() });

/**
 * A token that changes whenever the data changes: every import writes an import batch and an audit
 * event, every write an audit event (both append-only, ids increasing). Two index probes.
 */
export async function dataVersion(db: Db): Promise<string> {
  const rows = await db.$queryRaw<unknown[]>`/* data-version */
    select coalesce((select max(id) from audit_event), 0) as audit,
           coalesce((select max(id) from import_batch), 0) as batch`;
  const row = versionRow.parse(rows[0]);
  return `${row.audit}.${row.batch}`;
}
