-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('OPEN_DATA', 'PRESS_RELEASE', 'POLICY_DOCUMENT', 'NATIONAL_REPORT', 'FORCE_SUBMISSION');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'IMPORT', 'SEED');

-- CreateEnum
CREATE TYPE "Country" AS ENUM ('ENGLAND', 'WALES', 'NORTHERN_IRELAND', 'GREAT_BRITAIN');

-- CreateEnum
CREATE TYPE "ForceKind" AS ENUM ('TERRITORIAL', 'SPECIAL');

-- CreateEnum
CREATE TYPE "CollaborationKind" AS ENUM ('TRI_FORCE', 'BI_FORCE', 'REGIONAL', 'NATIONAL');

-- CreateEnum
CREATE TYPE "PlanStage" AS ENUM ('DRAFT', 'FINAL', 'PROGRESS_REPORT', 'REFRESH', 'COMMITMENT');

-- CreateEnum
CREATE TYPE "AreaCode" AS ENUM ('REPRESENTED', 'RESPECTED', 'INVOLVED', 'PROTECTED', 'OVERALL');

-- CreateEnum
CREATE TYPE "ObjectiveKind" AS ENUM ('OBJECTIVE', 'COMMITMENT', 'STANDARD', 'KEY_MEASURE');

-- CreateEnum
CREATE TYPE "LineageKind" AS ENUM ('CARRIED_FORWARD', 'RENAMED', 'MERGED', 'SPLIT', 'REGROUPED');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('POLICY', 'TRAINING', 'CAMPAIGN', 'SURVEY', 'BOARD_ACTIVITY', 'DATASET', 'STAFF_NETWORK', 'UNIT', 'PROCESS_CHANGE', 'ENGAGEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "EvidenceStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DELIVERED', 'VERIFIED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Provenance" AS ENUM ('PUBLISHED_SOURCE', 'FORCE_SUBMITTED', 'IMPORTED');

-- CreateEnum
CREATE TYPE "BoardType" AS ENUM ('RACE_INCLUSION_BOARD', 'INDEPENDENT_ADVISORY_GROUP', 'POLICE_ACCOUNTABILITY_MEETING', 'COMMUNITY_COHESION_GROUP', 'YOUTH_BOARD', 'EXTERNAL_DEI_BOARD', 'NATIONAL_COMMUNITY_REFERENCE_GROUP', 'INDEPENDENT_SCRUTINY_OVERSIGHT_BOARD', 'STAFF_NETWORK', 'OTHER');

-- CreateEnum
CREATE TYPE "Independence" AS ENUM ('INDEPENDENT_CHAIR', 'COMMUNITY_LED', 'POLICE_CHAIRED', 'NOT_KNOWN');

-- CreateEnum
CREATE TYPE "BoardStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "ScrutinyKind" AS ENUM ('RIDE_ALONG', 'BWV_REVIEW_STOP_SEARCH', 'BWV_REVIEW_USE_OF_FORCE', 'OBSERVATION', 'DATA_REVIEW', 'POLICY_REVIEW');

-- CreateEnum
CREATE TYPE "WorkerType" AS ENUM ('POLICE_OFFICER', 'POLICE_STAFF', 'PCSO', 'SPECIAL_CONSTABLE', 'DESIGNATED_OFFICER');

-- CreateEnum
CREATE TYPE "Rank" AS ENUM ('CHIEF_OFFICER', 'CHIEF_SUPERINTENDENT', 'SUPERINTENDENT', 'CHIEF_INSPECTOR', 'INSPECTOR', 'SERGEANT', 'CONSTABLE', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE', 'NOT_STATED', 'PREFER_NOT_TO_SAY', 'SELF_DESCRIBED');

-- CreateEnum
CREATE TYPE "EthnicGroup" AS ENUM ('ASIAN', 'BLACK', 'MIXED', 'WHITE', 'OTHER', 'NOT_STATED');

-- CreateEnum
CREATE TYPE "WorkforceEthnicity" AS ENUM ('ASIAN', 'BLACK', 'MIXED', 'WHITE', 'CHINESE_OR_OTHER', 'OTHER', 'NOT_STATED');

-- CreateEnum
CREATE TYPE "FlowKind" AS ENUM ('JOINER', 'LEAVER', 'PROMOTION');

-- CreateEnum
CREATE TYPE "PolicePower" AS ENUM ('STOP_AND_SEARCH', 'USE_OF_FORCE', 'TASER');

-- CreateEnum
CREATE TYPE "EthnicityBasis" AS ENUM ('SELF_DEFINED', 'OFFICER_DEFINED', 'ALL_ETHNICITIES');

-- CreateEnum
CREATE TYPE "SubjectEthnicity" AS ENUM ('ASIAN', 'BLACK', 'CHINESE', 'MIXED', 'WHITE', 'OTHER', 'UNKNOWN', 'DONT_KNOW', 'ALL');

-- CreateTable
CREATE TABLE "source_document" (
    "id" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "url" TEXT,
    "published_on" DATE,
    "licence" TEXT,
    "local_path" TEXT,
    "notes" TEXT,

    CONSTRAINT "source_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_batch" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "inserted" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "imported_by" TEXT NOT NULL,
    "source_id" TEXT,

    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" "AuditAction" NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "request_id" TEXT,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "region" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "force" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "home_office_name" TEXT,
    "pfa_code" TEXT,
    "pfa_name" TEXT,
    "region_id" TEXT,
    "country" "Country" NOT NULL,
    "kind" "ForceKind" NOT NULL,
    "notes" TEXT,

    CONSTRAINT "force_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "force_alias" (
    "alias" TEXT NOT NULL,
    "force_id" TEXT NOT NULL,

    CONSTRAINT "force_alias_pkey" PRIMARY KEY ("alias")
);

-- CreateTable
CREATE TABLE "collaboration" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "kind" "CollaborationKind" NOT NULL,
    "description" TEXT,
    "start_date" DATE,
    "end_date" DATE,

    CONSTRAINT "collaboration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "collaboration_member" (
    "collaboration_id" TEXT NOT NULL,
    "force_id" TEXT NOT NULL,
    "joined_on" DATE,
    "left_on" DATE,

    CONSTRAINT "collaboration_member_pkey" PRIMARY KEY ("collaboration_id","force_id")
);

-- CreateTable
CREATE TABLE "collaboration_function" (
    "id" TEXT NOT NULL,
    "collaboration_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "start_date" DATE,
    "end_date" DATE,

    CONSTRAINT "collaboration_function_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_version" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "stage" "PlanStage" NOT NULL,
    "published_on" DATE,
    "url" TEXT,
    "summary" TEXT,
    "supersedes_id" TEXT,

    CONSTRAINT "plan_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_area" (
    "id" TEXT NOT NULL,
    "plan_version_id" TEXT NOT NULL,
    "code" "AreaCode" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "plan_area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "objective" (
    "id" TEXT NOT NULL,
    "plan_version_id" TEXT NOT NULL,
    "area_id" TEXT,
    "kind" "ObjectiveKind" NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "objective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "objective_lineage" (
    "predecessor_id" TEXT NOT NULL,
    "successor_id" TEXT NOT NULL,
    "kind" "LineageKind" NOT NULL,

    CONSTRAINT "objective_lineage_pkey" PRIMARY KEY ("predecessor_id","successor_id")
);

-- CreateTable
CREATE TABLE "force_objective" (
    "id" TEXT NOT NULL,
    "owner_force_id" TEXT,
    "owner_collaboration_id" TEXT,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "period_start" DATE,
    "period_end" DATE,
    "source_id" TEXT,

    CONSTRAINT "force_objective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "force_objective_link" (
    "force_objective_id" TEXT NOT NULL,
    "objective_id" TEXT NOT NULL,

    CONSTRAINT "force_objective_link_pkey" PRIMARY KEY ("force_objective_id","objective_id")
);

-- CreateTable
CREATE TABLE "measure" (
    "id" TEXT NOT NULL,
    "force_objective_id" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "scope" TEXT,
    "baseline_value" DECIMAL(14,4),
    "baseline_date" DATE,
    "baseline_description" TEXT,
    "target_value" DECIMAL(14,4),
    "due_date" DATE,

    CONSTRAINT "measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "measure_observation" (
    "id" TEXT NOT NULL,
    "measure_id" TEXT NOT NULL,
    "observed_on" DATE NOT NULL,
    "value" DECIMAL(14,4) NOT NULL,
    "note" TEXT,

    CONSTRAINT "measure_observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "status" "EvidenceStatus" NOT NULL,
    "started_on" DATE,
    "delivered_on" DATE,
    "verified_on" DATE,
    "source_url" TEXT,
    "owner_force_id" TEXT,
    "owner_collaboration_id" TEXT,
    "provenance" "Provenance" NOT NULL,
    "source_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_objective" (
    "evidence_id" TEXT NOT NULL,
    "objective_id" TEXT NOT NULL,

    CONSTRAINT "evidence_objective_pkey" PRIMARY KEY ("evidence_id","objective_id")
);

-- CreateTable
CREATE TABLE "evidence_force_objective" (
    "evidence_id" TEXT NOT NULL,
    "force_objective_id" TEXT NOT NULL,

    CONSTRAINT "evidence_force_objective_pkey" PRIMARY KEY ("evidence_id","force_objective_id")
);

-- CreateTable
CREATE TABLE "board" (
    "id" TEXT NOT NULL,
    "type" "BoardType" NOT NULL,
    "name" TEXT NOT NULL,
    "status" "BoardStatus" NOT NULL,
    "owner_force_id" TEXT,
    "owner_collaboration_id" TEXT,
    "chair" TEXT,
    "independence" "Independence" NOT NULL,
    "purpose" TEXT,
    "membership_description" TEXT,
    "meeting_frequency" TEXT,
    "established_on" DATE,
    "source_id" TEXT,
    "provenance" "Provenance" NOT NULL,

    CONSTRAINT "board_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "board_membership" (
    "id" TEXT NOT NULL,
    "board_id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT,
    "member_count" INTEGER,

    CONSTRAINT "board_membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting" (
    "id" TEXT NOT NULL,
    "board_id" TEXT NOT NULL,
    "held_on" DATE NOT NULL,
    "title" TEXT,
    "topics" TEXT[],
    "notes" TEXT,

    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_action" (
    "id" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "owner" TEXT,
    "due_on" DATE,
    "status" "ActionStatus" NOT NULL,

    CONSTRAINT "meeting_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scrutiny_activity" (
    "id" TEXT NOT NULL,
    "board_id" TEXT NOT NULL,
    "kind" "ScrutinyKind" NOT NULL,
    "occurred_on" DATE,
    "description" TEXT NOT NULL,
    "location" TEXT,
    "items_reviewed" INTEGER,
    "findings" TEXT,

    CONSTRAINT "scrutiny_activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workforce_count" (
    "id" BIGSERIAL NOT NULL,
    "force_id" TEXT NOT NULL,
    "as_at" DATE NOT NULL,
    "worker_type" "WorkerType" NOT NULL,
    "rank" "Rank" NOT NULL,
    "gender" "Gender" NOT NULL,
    "ethnicity" "WorkforceEthnicity" NOT NULL,
    "ethnic_group" "EthnicGroup" NOT NULL,
    "headcount" INTEGER,
    "fte" DECIMAL(10,2),
    "batch_id" INTEGER,

    CONSTRAINT "workforce_count_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workforce_total" (
    "force_id" TEXT NOT NULL,
    "as_at" DATE NOT NULL,
    "worker_type" "WorkerType" NOT NULL,
    "headcount" INTEGER,
    "fte" DECIMAL(10,2),
    "batch_id" INTEGER,

    CONSTRAINT "workforce_total_pkey" PRIMARY KEY ("force_id","as_at","worker_type")
);

-- CreateTable
CREATE TABLE "workforce_flow" (
    "id" BIGSERIAL NOT NULL,
    "force_id" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "kind" "FlowKind" NOT NULL,
    "worker_type" "WorkerType" NOT NULL,
    "rank" "Rank" NOT NULL,
    "ethnicity" "WorkforceEthnicity" NOT NULL,
    "ethnic_group" "EthnicGroup" NOT NULL,
    "headcount" INTEGER,
    "batch_id" INTEGER,

    CONSTRAINT "workforce_flow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "population_baseline" (
    "force_id" TEXT NOT NULL,
    "census_year" INTEGER NOT NULL,
    "ethnic_group" "EthnicGroup" NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "population" INTEGER NOT NULL,
    "batch_id" INTEGER,

    CONSTRAINT "population_baseline_pkey" PRIMARY KEY ("force_id","census_year","ethnic_group","ethnicity")
);

-- CreateTable
CREATE TABLE "police_power_count" (
    "id" BIGSERIAL NOT NULL,
    "force_id" TEXT NOT NULL,
    "power" "PolicePower" NOT NULL,
    "tactic" TEXT NOT NULL,
    "category" TEXT,
    "is_subtotal" BOOLEAN NOT NULL DEFAULT false,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "months_covered" INTEGER NOT NULL,
    "ethnicity_basis" "EthnicityBasis" NOT NULL,
    "subject_ethnicity" "SubjectEthnicity" NOT NULL,
    "count" INTEGER NOT NULL,
    "source_id" TEXT,
    "batch_id" INTEGER,

    CONSTRAINT "police_power_count_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_batch_kind_sha256_idx" ON "import_batch"("kind", "sha256");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_at_idx" ON "audit_event"("entity_type", "entity_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- CreateIndex
CREATE UNIQUE INDEX "region_name_key" ON "region"("name");

-- CreateIndex
CREATE UNIQUE INDEX "force_home_office_name_key" ON "force"("home_office_name");

-- CreateIndex
CREATE UNIQUE INDEX "force_pfa_code_key" ON "force"("pfa_code");

-- CreateIndex
CREATE INDEX "force_region_id_idx" ON "force"("region_id");

-- CreateIndex
CREATE INDEX "force_alias_force_id_idx" ON "force_alias"("force_id");

-- CreateIndex
CREATE UNIQUE INDEX "collaboration_name_key" ON "collaboration"("name");

-- CreateIndex
CREATE INDEX "collaboration_member_force_id_idx" ON "collaboration_member"("force_id");

-- CreateIndex
CREATE UNIQUE INDEX "collaboration_function_collaboration_id_name_key" ON "collaboration_function"("collaboration_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "plan_version_supersedes_id_key" ON "plan_version"("supersedes_id");

-- CreateIndex
CREATE UNIQUE INDEX "plan_area_plan_version_id_code_key" ON "plan_area"("plan_version_id", "code");

-- CreateIndex
CREATE INDEX "objective_area_id_idx" ON "objective"("area_id");

-- CreateIndex
CREATE UNIQUE INDEX "objective_plan_version_id_code_key" ON "objective"("plan_version_id", "code");

-- CreateIndex
CREATE INDEX "objective_lineage_successor_id_idx" ON "objective_lineage"("successor_id");

-- CreateIndex
CREATE UNIQUE INDEX "force_objective_owner_force_id_code_key" ON "force_objective"("owner_force_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "force_objective_owner_collaboration_id_code_key" ON "force_objective"("owner_collaboration_id", "code");

-- CreateIndex
CREATE INDEX "force_objective_link_objective_id_idx" ON "force_objective_link"("objective_id");

-- CreateIndex
CREATE INDEX "measure_force_objective_id_idx" ON "measure"("force_objective_id");

-- CreateIndex
CREATE UNIQUE INDEX "measure_observation_measure_id_observed_on_key" ON "measure_observation"("measure_id", "observed_on");

-- CreateIndex
CREATE INDEX "evidence_owner_force_id_status_idx" ON "evidence"("owner_force_id", "status");

-- CreateIndex
CREATE INDEX "evidence_owner_collaboration_id_status_idx" ON "evidence"("owner_collaboration_id", "status");

-- CreateIndex
CREATE INDEX "evidence_status_kind_idx" ON "evidence"("status", "kind");

-- CreateIndex
CREATE INDEX "evidence_objective_objective_id_idx" ON "evidence_objective"("objective_id");

-- CreateIndex
CREATE INDEX "evidence_force_objective_force_objective_id_idx" ON "evidence_force_objective"("force_objective_id");

-- CreateIndex
CREATE INDEX "board_owner_force_id_idx" ON "board"("owner_force_id");

-- CreateIndex
CREATE INDEX "board_owner_collaboration_id_idx" ON "board"("owner_collaboration_id");

-- CreateIndex
CREATE INDEX "board_type_idx" ON "board"("type");

-- CreateIndex
CREATE UNIQUE INDEX "board_membership_board_id_category_key" ON "board_membership"("board_id", "category");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_board_id_held_on_key" ON "meeting"("board_id", "held_on");

-- CreateIndex
CREATE INDEX "meeting_action_meeting_id_idx" ON "meeting_action"("meeting_id");

-- CreateIndex
CREATE INDEX "scrutiny_activity_board_id_idx" ON "scrutiny_activity"("board_id");

-- CreateIndex
CREATE INDEX "workforce_count_as_at_worker_type_rank_ethnic_group_idx" ON "workforce_count"("as_at", "worker_type", "rank", "ethnic_group");

-- CreateIndex
CREATE UNIQUE INDEX "workforce_count_force_id_as_at_worker_type_rank_gender_ethn_key" ON "workforce_count"("force_id", "as_at", "worker_type", "rank", "gender", "ethnicity");

-- CreateIndex
CREATE UNIQUE INDEX "workforce_flow_force_id_period_start_period_end_kind_worker_key" ON "workforce_flow"("force_id", "period_start", "period_end", "kind", "worker_type", "rank", "ethnicity");

-- CreateIndex
CREATE INDEX "population_baseline_census_year_ethnic_group_idx" ON "population_baseline"("census_year", "ethnic_group");

-- CreateIndex
CREATE INDEX "police_power_count_power_period_start_subject_ethnicity_idx" ON "police_power_count"("power", "period_start", "subject_ethnicity");

-- CreateIndex
CREATE UNIQUE INDEX "police_power_count_force_id_power_tactic_period_start_perio_key" ON "police_power_count"("force_id", "power", "tactic", "period_start", "period_end", "ethnicity_basis", "subject_ethnicity");

-- AddForeignKey
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "force" ADD CONSTRAINT "force_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "force_alias" ADD CONSTRAINT "force_alias_force_id_fkey" FOREIGN KEY ("force_id") REFERENCES "force"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collaboration_member" ADD CONSTRAINT "collaboration_member_collaboration_id_fkey" FOREIGN KEY ("collaboration_id") REFERENCES "collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collaboration_member" ADD CONSTRAINT "collaboration_member_force_id_fkey" FOREIGN KEY ("force_id") REFERENCES "force"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collaboration_function" ADD CONSTRAINT "collaboration_function_collaboration_id_fkey" FOREIGN KEY ("collaboration_id") REFERENCES "collaboration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_version" ADD CONSTRAINT "plan_version_supersedes_id_fkey" FOREIGN KEY ("supersedes_id") REFERENCES "plan_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_area" ADD CONSTRAINT "plan_area_plan_version_id_fkey" FOREIGN KEY ("plan_version_id") REFERENCES "plan_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objective" ADD CONSTRAINT "objective_plan_version_id_fkey" FOREIGN KEY ("plan_version_id") REFERENCES "plan_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objective" ADD CONSTRAINT "objective_area_id_fkey" FOREIGN KEY ("area_id") REFERENCES "plan_area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objective_lineage" ADD CONSTRAINT "objective_lineage_predecessor_id_fkey" FOREIGN KEY ("predecessor_id") REFERENCES "objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objective_lineage" ADD CONSTRAINT "objective_lineage_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "force_objective" ADD CONSTRAINT "force_objective_owner_force_id_fkey" FOREIGN KEY ("owner_force_id") REFERENCES "force"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "force_objective" ADD CONSTRAINT "force_objective_owner_collaboration_id_fkey" FOREIGN KEY ("owner_collaboration_id") REFERENCES "collaboration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "force_objective" ADD CONSTRAINT "force_objective_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "force_objective_link" ADD CONSTRAINT "force_objective_link_force_objective_id_fkey" FOREIGN KEY ("force_objective_id") REFERENCES "force_objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "force_objective_link" ADD CONSTRAINT "force_objective_link_objective_id_fkey" FOREIGN KEY ("objective_id") REFERENCES "objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measure" ADD CONSTRAINT "measure_force_objective_id_fkey" FOREIGN KEY ("force_objective_id") REFERENCES "force_objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measure_observation" ADD CONSTRAINT "measure_observation_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_owner_force_id_fkey" FOREIGN KEY ("owner_force_id") REFERENCES "force"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_owner_collaboration_id_fkey" FOREIGN KEY ("owner_collaboration_id") REFERENCES "collaboration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_objective" ADD CONSTRAINT "evidence_objective_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_objective" ADD CONSTRAINT "evidence_objective_objective_id_fkey" FOREIGN KEY ("objective_id") REFERENCES "objective"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_force_objective" ADD CONSTRAINT "evidence_force_objective_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_force_objective" ADD CONSTRAINT "evidence_force_objective_force_objective_id_fkey" FOREIGN KEY ("force_objective_id") REFERENCES "force_objective"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "board" ADD CONSTRAINT "board_owner_force_id_fkey" FOREIGN KEY ("owner_force_id") REFERENCES "force"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "board" ADD CONSTRAINT "board_owner_collaboration_id_fkey" FOREIGN KEY ("owner_collaboration_id") REFERENCES "collaboration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "board" ADD CONSTRAINT "board_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "board_membership" ADD CONSTRAINT "board_membership_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_action" ADD CONSTRAINT "meeting_action_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scrutiny_activity" ADD CONSTRAINT "scrutiny_activity_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workforce_count" ADD CONSTRAINT "workforce_count_force_id_fkey" FOREIGN KEY ("force_id") REFERENCES "force"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workforce_count" ADD CONSTRAINT "workforce_count_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workforce_total" ADD CONSTRAINT "workforce_total_force_id_fkey" FOREIGN KEY ("force_id") REFERENCES "force"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workforce_total" ADD CONSTRAINT "workforce_total_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workforce_flow" ADD CONSTRAINT "workforce_flow_force_id_fkey" FOREIGN KEY ("force_id") REFERENCES "force"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workforce_flow" ADD CONSTRAINT "workforce_flow_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "population_baseline" ADD CONSTRAINT "population_baseline_force_id_fkey" FOREIGN KEY ("force_id") REFERENCES "force"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "population_baseline" ADD CONSTRAINT "population_baseline_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "police_power_count" ADD CONSTRAINT "police_power_count_force_id_fkey" FOREIGN KEY ("force_id") REFERENCES "force"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "police_power_count" ADD CONSTRAINT "police_power_count_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "police_power_count" ADD CONSTRAINT "police_power_count_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: constraints Prisma's schema language cannot express.
-- Evidence and force objectives belong to exactly one force or one collaboration.
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_one_owner"
  CHECK (num_nonnulls("owner_force_id", "owner_collaboration_id") = 1);
ALTER TABLE "force_objective" ADD CONSTRAINT "force_objective_one_owner"
  CHECK (num_nonnulls("owner_force_id", "owner_collaboration_id") = 1);
-- A board belongs to at most one force or collaboration (none: a national board).
ALTER TABLE "board" ADD CONSTRAINT "board_at_most_one_owner"
  CHECK (num_nonnulls("owner_force_id", "owner_collaboration_id") <= 1);
ALTER TABLE "workforce_count" ADD CONSTRAINT "workforce_count_non_negative"
  CHECK ("headcount" >= 0 AND "fte" >= 0);
ALTER TABLE "workforce_total" ADD CONSTRAINT "workforce_total_non_negative"
  CHECK ("headcount" >= 0 AND "fte" >= 0);
ALTER TABLE "workforce_flow" ADD CONSTRAINT "workforce_flow_non_negative" CHECK ("headcount" >= 0);
ALTER TABLE "population_baseline" ADD CONSTRAINT "population_baseline_non_negative" CHECK ("population" >= 0);
ALTER TABLE "police_power_count" ADD CONSTRAINT "police_power_count_valid"
  CHECK ("count" >= 0 AND "months_covered" BETWEEN 1 AND 12 AND "period_end" >= "period_start");
