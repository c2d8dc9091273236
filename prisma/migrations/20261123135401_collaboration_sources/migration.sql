-- AlterTable
ALTER TABLE "collaboration" ADD COLUMN     "source_id" TEXT;

-- AlterTable
ALTER TABLE "collaboration_function" ADD COLUMN     "source_id" TEXT;

-- AddForeignKey
ALTER TABLE "collaboration" ADD CONSTRAINT "collaboration_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collaboration_function" ADD CONSTRAINT "collaboration_function_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Curated rows without a source are not kept: the tri-force functions and the bi-force collaboration
-- of earlier seeds cite nothing (the seed no longer writes them).
DELETE FROM "collaboration_function" WHERE "source_id" IS NULL;
DELETE FROM "collaboration" c WHERE c."id" = 'beds-herts-bi-force'
  AND NOT EXISTS (SELECT 1 FROM "evidence" e WHERE e."owner_collaboration_id" = c."id")
  AND NOT EXISTS (SELECT 1 FROM "board" b WHERE b."owner_collaboration_id" = c."id")
  AND NOT EXISTS (SELECT 1 FROM "force_objective" f WHERE f."owner_collaboration_id" = c."id");
