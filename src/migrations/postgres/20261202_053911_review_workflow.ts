import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_workflow_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'published');
  CREATE TYPE "public"."enum__articles_v_version_workflow_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'published');
  CREATE TYPE "public"."enum_pamphlets_workflow_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'published');
  CREATE TYPE "public"."enum__pamphlets_v_version_workflow_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'published');
  CREATE TYPE "public"."enum_videos_workflow_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'published');
  CREATE TYPE "public"."enum__videos_v_version_workflow_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'published');
  CREATE TYPE "public"."enum_events_workflow_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'published');
  CREATE TYPE "public"."enum__events_v_version_workflow_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'published');
  CREATE TYPE "public"."enum_content_reviews_reviewer_roles" AS ENUM('admin', 'editor', 'medicalReviewer', 'brandManager');
  CREATE TYPE "public"."enum_content_reviews_act" AS ENUM('approve', 'requestChanges', 'confirmReview');
  CREATE TYPE "public"."enum_content_reviews_item_type" AS ENUM('articles', 'pamphlets', 'videos', 'events');
  CREATE TYPE "public"."enum_content_reviews_reason" AS ENUM('clinical', 'brand');
  CREATE TYPE "public"."enum_review_schedule_item_type" AS ENUM('articles', 'pamphlets', 'videos', 'events');
  CREATE TYPE "public"."enum_review_schedule_status" AS ENUM('current', 'reviewDueSoon', 'reviewOverdue');
  CREATE TYPE "public"."enum_review_schedule_notified_status" AS ENUM('current', 'reviewDueSoon', 'reviewOverdue');
  CREATE TYPE "public"."enum_brand_guidelines_medical_review_overdue_policy" AS ENUM('keepServing', 'rankLower', 'withhold');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'reviewLifecycle' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'reviewLifecycle' BEFORE 'schedulePublish';
  CREATE TABLE "content_reviews_reviewer_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_content_reviews_reviewer_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "content_reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"act" "enum_content_reviews_act" NOT NULL,
  	"item_type" "enum_content_reviews_item_type" NOT NULL,
  	"item_id" varchar NOT NULL,
  	"item_title" varchar,
  	"version_id" varchar,
  	"content_hash" varchar NOT NULL,
  	"reviewer_id" integer,
  	"reviewer_name" varchar,
  	"credentials" varchar,
  	"clinical_sign_off" boolean DEFAULT false,
  	"admin_override" boolean DEFAULT false,
  	"reason" "enum_content_reviews_reason",
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_schedule" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_type" "enum_review_schedule_item_type" NOT NULL,
  	"item_id" varchar NOT NULL,
  	"item_title" varchar,
  	"medical_reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"status" "enum_review_schedule_status" NOT NULL,
  	"last_reviewer_id" integer,
  	"last_reviewer_name" varchar,
  	"notified_status" "enum_review_schedule_notified_status",
  	"notified_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_schedule_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles" ADD COLUMN "workflow_state" "enum_articles_workflow_state" DEFAULT 'draft';
  ALTER TABLE "articles" ADD COLUMN "workflow_changes_requested" varchar;
  ALTER TABLE "articles" ADD COLUMN "workflow_content_hash" varchar;
  ALTER TABLE "articles" ADD COLUMN "workflow_admin_override" boolean DEFAULT false;
  ALTER TABLE "articles_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_state" "enum__articles_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_changes_requested" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_content_hash" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_admin_override" boolean DEFAULT false;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "pamphlets" ADD COLUMN "workflow_state" "enum_pamphlets_workflow_state" DEFAULT 'draft';
  ALTER TABLE "pamphlets" ADD COLUMN "workflow_changes_requested" varchar;
  ALTER TABLE "pamphlets" ADD COLUMN "workflow_content_hash" varchar;
  ALTER TABLE "pamphlets" ADD COLUMN "workflow_admin_override" boolean DEFAULT false;
  ALTER TABLE "pamphlets_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_pamphlets_v" ADD COLUMN "version_workflow_state" "enum__pamphlets_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_pamphlets_v" ADD COLUMN "version_workflow_changes_requested" varchar;
  ALTER TABLE "_pamphlets_v" ADD COLUMN "version_workflow_content_hash" varchar;
  ALTER TABLE "_pamphlets_v" ADD COLUMN "version_workflow_admin_override" boolean DEFAULT false;
  ALTER TABLE "_pamphlets_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "videos" ADD COLUMN "workflow_state" "enum_videos_workflow_state" DEFAULT 'draft';
  ALTER TABLE "videos" ADD COLUMN "workflow_changes_requested" varchar;
  ALTER TABLE "videos" ADD COLUMN "workflow_content_hash" varchar;
  ALTER TABLE "videos" ADD COLUMN "workflow_admin_override" boolean DEFAULT false;
  ALTER TABLE "videos_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_videos_v" ADD COLUMN "version_workflow_state" "enum__videos_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_videos_v" ADD COLUMN "version_workflow_changes_requested" varchar;
  ALTER TABLE "_videos_v" ADD COLUMN "version_workflow_content_hash" varchar;
  ALTER TABLE "_videos_v" ADD COLUMN "version_workflow_admin_override" boolean DEFAULT false;
  ALTER TABLE "_videos_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "events" ADD COLUMN "workflow_state" "enum_events_workflow_state" DEFAULT 'draft';
  ALTER TABLE "events" ADD COLUMN "workflow_changes_requested" varchar;
  ALTER TABLE "events" ADD COLUMN "workflow_content_hash" varchar;
  ALTER TABLE "events" ADD COLUMN "workflow_admin_override" boolean DEFAULT false;
  ALTER TABLE "events_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_state" "enum__events_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_changes_requested" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_content_hash" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_workflow_admin_override" boolean DEFAULT false;
  ALTER TABLE "_events_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "users" ADD COLUMN "credentials" varchar;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "content_reviews_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_schedule_id" integer;
  ALTER TABLE "brand_guidelines" ADD COLUMN "medical_review_required_approvals" numeric DEFAULT 1 NOT NULL;
  ALTER TABLE "brand_guidelines" ADD COLUMN "medical_review_overdue_policy" "enum_brand_guidelines_medical_review_overdue_policy" DEFAULT 'withhold' NOT NULL;
  ALTER TABLE "content_reviews_reviewer_roles" ADD CONSTRAINT "content_reviews_reviewer_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."content_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_reviews" ADD CONSTRAINT "content_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_schedule" ADD CONSTRAINT "review_schedule_last_reviewer_id_users_id_fk" FOREIGN KEY ("last_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_schedule_rels" ADD CONSTRAINT "review_schedule_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_schedule"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_schedule_rels" ADD CONSTRAINT "review_schedule_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "content_reviews_reviewer_roles_order_idx" ON "content_reviews_reviewer_roles" USING btree ("order");
  CREATE INDEX "content_reviews_reviewer_roles_parent_idx" ON "content_reviews_reviewer_roles" USING btree ("parent_id");
  CREATE INDEX "content_reviews_at_idx" ON "content_reviews" USING btree ("at");
  CREATE INDEX "content_reviews_act_idx" ON "content_reviews" USING btree ("act");
  CREATE INDEX "content_reviews_item_id_idx" ON "content_reviews" USING btree ("item_id");
  CREATE INDEX "content_reviews_content_hash_idx" ON "content_reviews" USING btree ("content_hash");
  CREATE INDEX "content_reviews_reviewer_idx" ON "content_reviews" USING btree ("reviewer_id");
  CREATE INDEX "content_reviews_updated_at_idx" ON "content_reviews" USING btree ("updated_at");
  CREATE INDEX "content_reviews_created_at_idx" ON "content_reviews" USING btree ("created_at");
  CREATE INDEX "itemType_itemId_idx" ON "content_reviews" USING btree ("item_type","item_id");
  CREATE INDEX "review_schedule_item_type_idx" ON "review_schedule" USING btree ("item_type");
  CREATE INDEX "review_schedule_item_id_idx" ON "review_schedule" USING btree ("item_id");
  CREATE INDEX "review_schedule_next_review_due_idx" ON "review_schedule" USING btree ("next_review_due");
  CREATE INDEX "review_schedule_status_idx" ON "review_schedule" USING btree ("status");
  CREATE INDEX "review_schedule_last_reviewer_idx" ON "review_schedule" USING btree ("last_reviewer_id");
  CREATE INDEX "review_schedule_updated_at_idx" ON "review_schedule" USING btree ("updated_at");
  CREATE INDEX "review_schedule_created_at_idx" ON "review_schedule" USING btree ("created_at");
  CREATE UNIQUE INDEX "itemType_itemId_1_idx" ON "review_schedule" USING btree ("item_type","item_id");
  CREATE INDEX "review_schedule_rels_order_idx" ON "review_schedule_rels" USING btree ("order");
  CREATE INDEX "review_schedule_rels_parent_idx" ON "review_schedule_rels" USING btree ("parent_id");
  CREATE INDEX "review_schedule_rels_path_idx" ON "review_schedule_rels" USING btree ("path");
  CREATE INDEX "review_schedule_rels_users_id_idx" ON "review_schedule_rels" USING btree ("users_id");
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_rels" ADD CONSTRAINT "pamphlets_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_rels" ADD CONSTRAINT "_pamphlets_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_content_reviews_fk" FOREIGN KEY ("content_reviews_id") REFERENCES "public"."content_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_schedule_fk" FOREIGN KEY ("review_schedule_id") REFERENCES "public"."review_schedule"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_workflow_workflow_state_idx" ON "articles" USING btree ("workflow_state");
  CREATE INDEX "articles_rels_users_id_idx" ON "articles_rels" USING btree ("users_id");
  CREATE INDEX "_articles_v_version_workflow_version_workflow_state_idx" ON "_articles_v" USING btree ("version_workflow_state");
  CREATE INDEX "_articles_v_rels_users_id_idx" ON "_articles_v_rels" USING btree ("users_id");
  CREATE INDEX "pamphlets_workflow_workflow_state_idx" ON "pamphlets" USING btree ("workflow_state");
  CREATE INDEX "pamphlets_rels_users_id_idx" ON "pamphlets_rels" USING btree ("users_id");
  CREATE INDEX "_pamphlets_v_version_workflow_version_workflow_state_idx" ON "_pamphlets_v" USING btree ("version_workflow_state");
  CREATE INDEX "_pamphlets_v_rels_users_id_idx" ON "_pamphlets_v_rels" USING btree ("users_id");
  CREATE INDEX "videos_workflow_workflow_state_idx" ON "videos" USING btree ("workflow_state");
  CREATE INDEX "videos_rels_users_id_idx" ON "videos_rels" USING btree ("users_id");
  CREATE INDEX "_videos_v_version_workflow_version_workflow_state_idx" ON "_videos_v" USING btree ("version_workflow_state");
  CREATE INDEX "_videos_v_rels_users_id_idx" ON "_videos_v_rels" USING btree ("users_id");
  CREATE INDEX "events_workflow_workflow_state_idx" ON "events" USING btree ("workflow_state");
  CREATE INDEX "events_rels_users_id_idx" ON "events_rels" USING btree ("users_id");
  CREATE INDEX "_events_v_version_workflow_version_workflow_state_idx" ON "_events_v" USING btree ("version_workflow_state");
  CREATE INDEX "_events_v_rels_users_id_idx" ON "_events_v_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_content_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("content_reviews_id");
  CREATE INDEX "payload_locked_documents_rels_review_schedule_id_idx" ON "payload_locked_documents_rels" USING btree ("review_schedule_id");
  UPDATE "brand_guidelines" SET "medical_review_overdue_policy" = CASE WHEN "medical_review_withhold_lapsed" = false THEN 'keepServing'::"enum_brand_guidelines_medical_review_overdue_policy" ELSE 'withhold'::"enum_brand_guidelines_medical_review_overdue_policy" END;
  UPDATE "articles" SET "workflow_state" = 'published' WHERE "_status" = 'published';
  UPDATE "pamphlets" SET "workflow_state" = 'published' WHERE "_status" = 'published';
  UPDATE "videos" SET "workflow_state" = 'published' WHERE "_status" = 'published';
  UPDATE "events" SET "workflow_state" = 'published' WHERE "_status" = 'published';
  UPDATE "_articles_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';
  UPDATE "_pamphlets_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';
  UPDATE "_videos_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';
  UPDATE "_events_v" SET "version_workflow_state" = 'published' WHERE "version__status" = 'published';
  ALTER TABLE "brand_guidelines" DROP COLUMN "medical_review_withhold_lapsed";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "content_reviews_reviewer_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_reviews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_schedule" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_schedule_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "content_reviews_reviewer_roles" CASCADE;
  DROP TABLE "content_reviews" CASCADE;
  DROP TABLE "review_schedule" CASCADE;
  DROP TABLE "review_schedule_rels" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_users_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_users_fk";
  
  ALTER TABLE "pamphlets_rels" DROP CONSTRAINT "pamphlets_rels_users_fk";
  
  ALTER TABLE "_pamphlets_v_rels" DROP CONSTRAINT "_pamphlets_v_rels_users_fk";
  
  ALTER TABLE "videos_rels" DROP CONSTRAINT "videos_rels_users_fk";
  
  ALTER TABLE "_videos_v_rels" DROP CONSTRAINT "_videos_v_rels_users_fk";
  
  ALTER TABLE "events_rels" DROP CONSTRAINT "events_rels_users_fk";
  
  ALTER TABLE "_events_v_rels" DROP CONSTRAINT "_events_v_rels_users_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_content_reviews_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_schedule_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'recheckBrandCompliance', 'dispatchWebhooks', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'recheckBrandCompliance', 'dispatchWebhooks', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_workflow_workflow_state_idx";
  DROP INDEX "articles_rels_users_id_idx";
  DROP INDEX "_articles_v_version_workflow_version_workflow_state_idx";
  DROP INDEX "_articles_v_rels_users_id_idx";
  DROP INDEX "pamphlets_workflow_workflow_state_idx";
  DROP INDEX "pamphlets_rels_users_id_idx";
  DROP INDEX "_pamphlets_v_version_workflow_version_workflow_state_idx";
  DROP INDEX "_pamphlets_v_rels_users_id_idx";
  DROP INDEX "videos_workflow_workflow_state_idx";
  DROP INDEX "videos_rels_users_id_idx";
  DROP INDEX "_videos_v_version_workflow_version_workflow_state_idx";
  DROP INDEX "_videos_v_rels_users_id_idx";
  DROP INDEX "events_workflow_workflow_state_idx";
  DROP INDEX "events_rels_users_id_idx";
  DROP INDEX "_events_v_version_workflow_version_workflow_state_idx";
  DROP INDEX "_events_v_rels_users_id_idx";
  DROP INDEX "payload_locked_documents_rels_content_reviews_id_idx";
  DROP INDEX "payload_locked_documents_rels_review_schedule_id_idx";
  ALTER TABLE "brand_guidelines" ADD COLUMN "medical_review_withhold_lapsed" boolean DEFAULT true;
  ALTER TABLE "articles" DROP COLUMN "workflow_state";
  ALTER TABLE "articles" DROP COLUMN "workflow_changes_requested";
  ALTER TABLE "articles" DROP COLUMN "workflow_content_hash";
  ALTER TABLE "articles" DROP COLUMN "workflow_admin_override";
  ALTER TABLE "articles_rels" DROP COLUMN "users_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_changes_requested";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_content_hash";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_admin_override";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "pamphlets" DROP COLUMN "workflow_state";
  ALTER TABLE "pamphlets" DROP COLUMN "workflow_changes_requested";
  ALTER TABLE "pamphlets" DROP COLUMN "workflow_content_hash";
  ALTER TABLE "pamphlets" DROP COLUMN "workflow_admin_override";
  ALTER TABLE "pamphlets_rels" DROP COLUMN "users_id";
  ALTER TABLE "_pamphlets_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_pamphlets_v" DROP COLUMN "version_workflow_changes_requested";
  ALTER TABLE "_pamphlets_v" DROP COLUMN "version_workflow_content_hash";
  ALTER TABLE "_pamphlets_v" DROP COLUMN "version_workflow_admin_override";
  ALTER TABLE "_pamphlets_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "videos" DROP COLUMN "workflow_state";
  ALTER TABLE "videos" DROP COLUMN "workflow_changes_requested";
  ALTER TABLE "videos" DROP COLUMN "workflow_content_hash";
  ALTER TABLE "videos" DROP COLUMN "workflow_admin_override";
  ALTER TABLE "videos_rels" DROP COLUMN "users_id";
  ALTER TABLE "_videos_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_videos_v" DROP COLUMN "version_workflow_changes_requested";
  ALTER TABLE "_videos_v" DROP COLUMN "version_workflow_content_hash";
  ALTER TABLE "_videos_v" DROP COLUMN "version_workflow_admin_override";
  ALTER TABLE "_videos_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "events" DROP COLUMN "workflow_state";
  ALTER TABLE "events" DROP COLUMN "workflow_changes_requested";
  ALTER TABLE "events" DROP COLUMN "workflow_content_hash";
  ALTER TABLE "events" DROP COLUMN "workflow_admin_override";
  ALTER TABLE "events_rels" DROP COLUMN "users_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_changes_requested";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_content_hash";
  ALTER TABLE "_events_v" DROP COLUMN "version_workflow_admin_override";
  ALTER TABLE "_events_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "users" DROP COLUMN "credentials";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "content_reviews_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_schedule_id";
  ALTER TABLE "brand_guidelines" DROP COLUMN "medical_review_required_approvals";
  ALTER TABLE "brand_guidelines" DROP COLUMN "medical_review_overdue_policy";
  DROP TYPE "public"."enum_articles_workflow_state";
  DROP TYPE "public"."enum__articles_v_version_workflow_state";
  DROP TYPE "public"."enum_pamphlets_workflow_state";
  DROP TYPE "public"."enum__pamphlets_v_version_workflow_state";
  DROP TYPE "public"."enum_videos_workflow_state";
  DROP TYPE "public"."enum__videos_v_version_workflow_state";
  DROP TYPE "public"."enum_events_workflow_state";
  DROP TYPE "public"."enum__events_v_version_workflow_state";
  DROP TYPE "public"."enum_content_reviews_reviewer_roles";
  DROP TYPE "public"."enum_content_reviews_act";
  DROP TYPE "public"."enum_content_reviews_item_type";
  DROP TYPE "public"."enum_content_reviews_reason";
  DROP TYPE "public"."enum_review_schedule_item_type";
  DROP TYPE "public"."enum_review_schedule_status";
  DROP TYPE "public"."enum_review_schedule_notified_status";
  DROP TYPE "public"."enum_brand_guidelines_medical_review_overdue_policy";`)
}
