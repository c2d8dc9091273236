-- CreateEnum
CREATE TYPE "PowerRowRole" AS ENUM ('TOTAL', 'SUBTOTAL', 'CATEGORY', 'SUBCATEGORY', 'EXCLUDED');

-- CreateEnum
CREATE TYPE "PowerBreakdown" AS ENUM ('NONE', 'ETHNICITY');

-- CreateEnum
CREATE TYPE "DataQualityFlag" AS ENUM ('ZERO_MAY_BE_NOT_PUBLISHED', 'ALL_ZERO_LIKELY_NOT_SUBMITTED');

-- AlterTable
ALTER TABLE "police_power_count" ADD COLUMN     "breakdown" "PowerBreakdown" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "parent_tactic" TEXT,
ADD COLUMN     "quality_flags" "DataQualityFlag"[] DEFAULT ARRAY[]::"DataQualityFlag"[],
ADD COLUMN     "role" "PowerRowRole" NOT NULL DEFAULT 'CATEGORY';

-- AlterTable
ALTER TABLE "workforce_count" ADD COLUMN     "quality_flags" "DataQualityFlag"[] DEFAULT ARRAY[]::"DataQualityFlag"[];

-- Existing data: the all-ranks workforce file prints "-" and never 0, so every stored 0 came from the
-- cleaned chief-officer file, whose cleaning turned "-" into 0.
UPDATE "workforce_count" SET "quality_flags" = ARRAY['ZERO_MAY_BE_NOT_PUBLISHED']::"DataQualityFlag"[] WHERE "headcount" = 0;
