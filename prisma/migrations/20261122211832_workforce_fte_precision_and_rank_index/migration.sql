-- AlterTable
ALTER TABLE "workforce_total" ALTER COLUMN "fte" SET DATA TYPE DECIMAL(14,6);

-- CreateIndex
CREATE INDEX "workforce_count_worker_type_rank_as_at_idx" ON "workforce_count"("worker_type", "rank", "as_at");
