-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN     "actor_role" TEXT,
ADD COLUMN     "owner_collaboration_id" TEXT,
ADD COLUMN     "owner_force_id" TEXT,
ADD COLUMN     "owner_national" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "board" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "evidence" ADD COLUMN     "is_public" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "owner_national" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "measure_observation" ADD COLUMN     "source_id" TEXT;

-- CreateTable
CREATE TABLE "idempotency_key" (
    "actor" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("actor","key")
);

-- CreateIndex
CREATE INDEX "audit_event_owner_force_id_at_idx" ON "audit_event"("owner_force_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_owner_collaboration_id_at_idx" ON "audit_event"("owner_collaboration_id", "at");

-- AddForeignKey
ALTER TABLE "measure_observation" ADD CONSTRAINT "measure_observation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: evidence belongs to exactly one owner: a force, a collaboration or the national programme.
ALTER TABLE "evidence" DROP CONSTRAINT "evidence_one_owner";
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_one_owner"
  CHECK (num_nonnulls("owner_force_id", "owner_collaboration_id") + "owner_national"::int = 1);
-- Curated evidence was taken from public press releases: it is public whatever its status.
UPDATE "evidence" SET "is_public" = true WHERE "provenance" = 'PUBLISHED_SOURCE';
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_version_positive" CHECK ("version" >= 1);
ALTER TABLE "board" ADD CONSTRAINT "board_version_positive" CHECK ("version" >= 1);
