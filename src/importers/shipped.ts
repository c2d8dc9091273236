import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Db } from "../db/database.ts";
import { recordAudit } from "../services/audit.ts";
import { announced } from "../services/data-version.ts";
import type { Progress } from "./csv.ts";
import { runImport } from "./index.ts";
import { DATA_DIR, SHIPPED_DATASETS, type ShippedDataset, sourceIdOf } from "./manifest.ts";
import { describeImport } from "./summary.ts";

/** Per shipped file (data/<folder>/<file>): what its import did. */
export type ShippedImportReport = Record<
  string,
  {
    inserted: number;
    updated: number;
    unchanged: number;
    /** True when this exact file (same sha256) had already been imported: it was not read again. */
    alreadyImported?: boolean;
  }
>;

/**
 * Imports every data file shipped under data/, forces first (see manifest.ts), each with its
 * SourceDocument. Runs on every start. A shipped file whose exact bytes were already imported
 * (an ImportBatch of the same kind and sha256 exists) is not imported again: the restart is quick,
 * and data a user imported since (a corrected or newer file) is not overwritten by the older copy
 * shipped with the hub. New or changed shipped files are imported as usual (idempotently).
 */
export async function importShippedData(
  db: Db,
  options: { onProgress?: (message: string) => void; actor?: string } = {},
): Promise<ShippedImportReport> {
  const actor = options.actor ?? "system:seed";
  await syncSourceDocuments(db, actor);
  const report: ShippedImportReport = {};
  const files = SHIPPED_DATASETS.flatMap((dataset) =>
    dataset.imports.map(({ kind, file }) => ({
      dataset,
      kind,
      path: join(DATA_DIR, dataset.folder, file),
      file,
    })),
  );
  const hashes = await Promise.all(files.map((f) => sha256File(f.path)));
  const done = await db.importBatch.findMany({
    where: { sha256: { in: hashes } },
    select: { kind: true, sha256: true, inserted: true, updated: true, unchanged: true },
  });
  for (const [i, { dataset, kind, path, file }] of files.entries()) {
    const label = `data/${dataset.folder}/${file}`;
    const previous = done.find((b) => b.kind === kind && b.sha256 === hashes[i]);
    if (previous) {
      const records = previous.inserted + previous.updated + previous.unchanged;
      report[label] = { inserted: 0, updated: 0, unchanged: records, alreadyImported: true };
      continue;
    }
    const result = await runImport(db, kind, path, {
      actor,
      sourceId: sourceIdOf(dataset),
      onProgress: options.onProgress ? throttled(label, options.onProgress) : undefined,
    });
    report[label] = { inserted: result.inserted, updated: result.updated, unchanged: result.unchanged };
    if (result.inserted + result.updated > 0) options.onProgress?.(`${label}: ${describeImport(result)}`);
  }
  return report;
}

/** Messages for the write phase of large files only (reading the shipped files takes well under a second). */
function throttled(label: string, emit: (message: string) => void) {
  let last = 0;
  return ({ phase, done, total }: Progress) => {
    if (phase !== "write" || total < 5_000) return;
    const now = Date.now();
    if (done === total || now - last > 1_000) {
      last = now;
      emit(`${label}: writing ${done.toLocaleString("en-GB")}/${total.toLocaleString("en-GB")} records`);
    }
  };
}

function sourceDocument(dataset: ShippedDataset) {
  return {
    id: sourceIdOf(dataset),
    kind: "OPEN_DATA" as const,
    title: dataset.title,
    publisher: dataset.publisher,
    url: dataset.url,
    licence: dataset.licence,
    localPath: `data/${dataset.folder}`,
    notes: dataset.notes,
  };
}

/** Creates or corrects the SourceDocument of each shipped dataset (audited as SEED when anything changes). */
async function syncSourceDocuments(db: Db, actor: string): Promise<void> {
  const wanted = SHIPPED_DATASETS.map(sourceDocument);
  const stored = new Map(
    (await db.sourceDocument.findMany({ where: { id: { in: wanted.map((w) => w.id) } } })).map((s) => [
      s.id,
      s,
    ]),
  );
  const fields = ["kind", "title", "publisher", "url", "licence", "localPath", "notes"] as const;
  const changed = wanted.filter((w) => {
    const s = stored.get(w.id);
    return !s || fields.some((f) => s[f] !== w[f]);
  });
  if (changed.length === 0) return;
  await announced(
    db.$transaction(async (tx) => {
      for (const doc of changed) {
        const before = stored.get(doc.id);
        await tx.sourceDocument.upsert({ where: { id: doc.id }, create: doc, update: doc });
        await recordAudit(tx, {
          actor,
          action: "SEED",
          entityType: "SourceDocument",
          entityId: doc.id,
          changes: before
            ? Object.fromEntries(
                fields
                  .filter((f) => before[f] !== doc[f])
                  .map((f) => [f, { before: before[f], after: doc[f] }]),
              )
            : { created: doc },
        });
      }
    }),
  );
}

async function sha256File(path: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
}
