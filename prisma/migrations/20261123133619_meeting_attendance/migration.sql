-- AlterTable
ALTER TABLE "meeting" ADD COLUMN     "attendance" INTEGER;

-- Hand-written: counts are never negative.
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_attendance_non_negative" CHECK ("attendance" >= 0);
