import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_programs_tracks_steps_channel" AS ENUM('web', 'portal', 'email', 'sms');
  CREATE TYPE "public"."enum_programs_stages" AS ENUM('awareness', 'acceptance', 'acquisition', 'conversion', 'retention');
  CREATE TYPE "public"."enum_programs_anchor" AS ENUM('enrollment', 'dueDate', 'birth', 'discharge', 'visit', 'season');
  CREATE TYPE "public"."enum_programs_workflow_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'published');
  CREATE TYPE "public"."enum_programs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__programs_v_version_tracks_steps_channel" AS ENUM('web', 'portal', 'email', 'sms');
  CREATE TYPE "public"."enum__programs_v_version_stages" AS ENUM('awareness', 'acceptance', 'acquisition', 'conversion', 'retention');
  CREATE TYPE "public"."enum__programs_v_version_anchor" AS ENUM('enrollment', 'dueDate', 'birth', 'discharge', 'visit', 'season');
  CREATE TYPE "public"."enum__programs_v_version_workflow_state" AS ENUM('draft', 'inReview', 'changesRequested', 'approved', 'published');
  CREATE TYPE "public"."enum__programs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__programs_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
  CREATE TYPE "public"."enum_redirects_type" AS ENUM('301', '302');
  CREATE TYPE "public"."enum_brand_guidelines_severity_meta_length" AS ENUM('error', 'warning', 'off');
  ALTER TYPE "public"."enum_webhooks_events" ADD VALUE 'program.published';
  ALTER TYPE "public"."enum_webhooks_events" ADD VALUE 'program.updated';
  ALTER TYPE "public"."enum_webhooks_events" ADD VALUE 'program.broken';
  ALTER TYPE "public"."enum_webhooks_events" ADD VALUE 'cache-purge';
  ALTER TYPE "public"."enum_webhook_deliveries_message_type" ADD VALUE 'cache.purge' BEFORE 'webhook.test';
  ALTER TYPE "public"."enum_webhook_deliveries_message_type" ADD VALUE 'program.published';
  ALTER TYPE "public"."enum_webhook_deliveries_message_type" ADD VALUE 'program.updated';
  ALTER TYPE "public"."enum_webhook_deliveries_message_type" ADD VALUE 'program.broken';
  ALTER TYPE "public"."enum_content_events_action" ADD VALUE 'broken';
  ALTER TYPE "public"."enum_content_events_action" ADD VALUE 'repaired';
  ALTER TYPE "public"."enum_content_events_type" ADD VALUE 'programs';
  ALTER TYPE "public"."enum_content_reviews_item_type" ADD VALUE 'programs';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'checkProgramIntegrity' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'checkProgramIntegrity' BEFORE 'schedulePublish';
  CREATE TABLE "articles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_articles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "pamphlets_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_pamphlets_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "videos_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_videos_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "events_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_events_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "programs_tracks_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" numeric,
  	"channel" "enum_programs_tracks_steps_channel",
  	"segment_id" integer,
  	"window_from" varchar,
  	"window_to" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "programs_tracks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"slug" varchar
  );
  
  CREATE TABLE "programs_tracks_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "programs_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_programs_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "programs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"anchor" "enum_programs_anchor" DEFAULT 'enrollment',
  	"workflow_state" "enum_programs_workflow_state" DEFAULT 'draft',
  	"workflow_changes_requested" varchar,
  	"workflow_content_hash" varchar,
  	"workflow_admin_override" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_programs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "programs_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "programs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"pamphlets_id" integer,
  	"videos_id" integer,
  	"events_id" integer,
  	"segments_id" integer,
  	"conditions_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_programs_v_version_tracks_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" numeric,
  	"channel" "enum__programs_v_version_tracks_steps_channel",
  	"segment_id" integer,
  	"window_from" varchar,
  	"window_to" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_programs_v_version_tracks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_programs_v_version_tracks_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_programs_v_version_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__programs_v_version_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_programs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_anchor" "enum__programs_v_version_anchor" DEFAULT 'enrollment',
  	"version_workflow_state" "enum__programs_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_changes_requested" varchar,
  	"version_workflow_content_hash" varchar,
  	"version_workflow_admin_override" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__programs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__programs_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_programs_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_programs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"pamphlets_id" integer,
  	"videos_id" integer,
  	"events_id" integer,
  	"segments_id" integer,
  	"conditions_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_url" varchar,
  	"type" "enum_redirects_type" DEFAULT '301' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"pamphlets_id" integer,
  	"videos_id" integer,
  	"events_id" integer
  );
  
  ALTER TABLE "articles" ADD COLUMN "meta_noindex" boolean DEFAULT false;
  ALTER TABLE "articles_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "articles_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "articles_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "articles_locales" ADD COLUMN "meta_canonical_u_r_l" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_meta_noindex" boolean DEFAULT false;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_meta_canonical_u_r_l" varchar;
  ALTER TABLE "pamphlets" ADD COLUMN "meta_noindex" boolean DEFAULT false;
  ALTER TABLE "pamphlets_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "pamphlets_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "pamphlets_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "pamphlets_locales" ADD COLUMN "meta_canonical_u_r_l" varchar;
  ALTER TABLE "_pamphlets_v" ADD COLUMN "version_meta_noindex" boolean DEFAULT false;
  ALTER TABLE "_pamphlets_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_pamphlets_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_pamphlets_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "_pamphlets_v_locales" ADD COLUMN "version_meta_canonical_u_r_l" varchar;
  ALTER TABLE "videos" ADD COLUMN "meta_noindex" boolean DEFAULT false;
  ALTER TABLE "videos_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "videos_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "videos_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "videos_locales" ADD COLUMN "meta_canonical_u_r_l" varchar;
  ALTER TABLE "_videos_v" ADD COLUMN "version_meta_noindex" boolean DEFAULT false;
  ALTER TABLE "_videos_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_videos_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_videos_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "_videos_v_locales" ADD COLUMN "version_meta_canonical_u_r_l" varchar;
  ALTER TABLE "events" ADD COLUMN "meta_noindex" boolean DEFAULT false;
  ALTER TABLE "events_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "events_locales" ADD COLUMN "meta_canonical_u_r_l" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_meta_noindex" boolean DEFAULT false;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_meta_canonical_u_r_l" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_og_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_og_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_og_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_og_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_og_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_og_filename" varchar;
  ALTER TABLE "webhook_deliveries" ADD COLUMN "purge_keys" jsonb;
  ALTER TABLE "content_events" ADD COLUMN "detail" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "programs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "brand_guidelines" ADD COLUMN "severity_meta_length" "enum_brand_guidelines_severity_meta_length" DEFAULT 'warning' NOT NULL;
  ALTER TABLE "articles_texts" ADD CONSTRAINT "articles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_texts" ADD CONSTRAINT "_articles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_texts" ADD CONSTRAINT "pamphlets_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_texts" ADD CONSTRAINT "_pamphlets_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pamphlets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_texts" ADD CONSTRAINT "videos_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_texts" ADD CONSTRAINT "_videos_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_texts" ADD CONSTRAINT "events_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_texts" ADD CONSTRAINT "_events_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_tracks_steps" ADD CONSTRAINT "programs_tracks_steps_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programs_tracks_steps" ADD CONSTRAINT "programs_tracks_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programs_tracks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_tracks" ADD CONSTRAINT "programs_tracks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_tracks_locales" ADD CONSTRAINT "programs_tracks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programs_tracks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_stages" ADD CONSTRAINT "programs_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_locales" ADD CONSTRAINT "programs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_rels" ADD CONSTRAINT "programs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_rels" ADD CONSTRAINT "programs_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_rels" ADD CONSTRAINT "programs_rels_pamphlets_fk" FOREIGN KEY ("pamphlets_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_rels" ADD CONSTRAINT "programs_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_rels" ADD CONSTRAINT "programs_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_rels" ADD CONSTRAINT "programs_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_rels" ADD CONSTRAINT "programs_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_rels" ADD CONSTRAINT "programs_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programs_v_version_tracks_steps" ADD CONSTRAINT "_programs_v_version_tracks_steps_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programs_v_version_tracks_steps" ADD CONSTRAINT "_programs_v_version_tracks_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programs_v_version_tracks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programs_v_version_tracks" ADD CONSTRAINT "_programs_v_version_tracks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programs_v_version_tracks_locales" ADD CONSTRAINT "_programs_v_version_tracks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programs_v_version_tracks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programs_v_version_stages" ADD CONSTRAINT "_programs_v_version_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_programs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programs_v" ADD CONSTRAINT "_programs_v_parent_id_programs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programs_v_locales" ADD CONSTRAINT "_programs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programs_v_rels" ADD CONSTRAINT "_programs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_programs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programs_v_rels" ADD CONSTRAINT "_programs_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programs_v_rels" ADD CONSTRAINT "_programs_v_rels_pamphlets_fk" FOREIGN KEY ("pamphlets_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programs_v_rels" ADD CONSTRAINT "_programs_v_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programs_v_rels" ADD CONSTRAINT "_programs_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programs_v_rels" ADD CONSTRAINT "_programs_v_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programs_v_rels" ADD CONSTRAINT "_programs_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programs_v_rels" ADD CONSTRAINT "_programs_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_pamphlets_fk" FOREIGN KEY ("pamphlets_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_texts_order_parent" ON "articles_texts" USING btree ("order","parent_id");
  CREATE INDEX "_articles_v_texts_order_parent" ON "_articles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "pamphlets_texts_order_parent" ON "pamphlets_texts" USING btree ("order","parent_id");
  CREATE INDEX "_pamphlets_v_texts_order_parent" ON "_pamphlets_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "videos_texts_order_parent" ON "videos_texts" USING btree ("order","parent_id");
  CREATE INDEX "_videos_v_texts_order_parent" ON "_videos_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "events_texts_order_parent" ON "events_texts" USING btree ("order","parent_id");
  CREATE INDEX "_events_v_texts_order_parent" ON "_events_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "programs_tracks_steps_order_idx" ON "programs_tracks_steps" USING btree ("_order");
  CREATE INDEX "programs_tracks_steps_parent_id_idx" ON "programs_tracks_steps" USING btree ("_parent_id");
  CREATE INDEX "programs_tracks_steps_segment_idx" ON "programs_tracks_steps" USING btree ("segment_id");
  CREATE INDEX "programs_tracks_order_idx" ON "programs_tracks" USING btree ("_order");
  CREATE INDEX "programs_tracks_parent_id_idx" ON "programs_tracks" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "programs_tracks_locales_locale_parent_id_unique" ON "programs_tracks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "programs_tracks_locales_parent_idx" ON "programs_tracks_locales" USING btree ("_parent_id");
  CREATE INDEX "programs_stages_order_idx" ON "programs_stages" USING btree ("order");
  CREATE INDEX "programs_stages_parent_idx" ON "programs_stages" USING btree ("parent_id");
  CREATE UNIQUE INDEX "programs_slug_idx" ON "programs" USING btree ("slug");
  CREATE INDEX "programs_workflow_workflow_state_idx" ON "programs" USING btree ("workflow_state");
  CREATE INDEX "programs_updated_at_idx" ON "programs" USING btree ("updated_at");
  CREATE INDEX "programs_created_at_idx" ON "programs" USING btree ("created_at");
  CREATE INDEX "programs__status_idx" ON "programs" USING btree ("_status");
  CREATE UNIQUE INDEX "programs_locales_locale_parent_id_unique" ON "programs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "programs_locales_parent_idx" ON "programs_locales" USING btree ("_parent_id");
  CREATE INDEX "programs_rels_order_idx" ON "programs_rels" USING btree ("order");
  CREATE INDEX "programs_rels_parent_idx" ON "programs_rels" USING btree ("parent_id");
  CREATE INDEX "programs_rels_path_idx" ON "programs_rels" USING btree ("path");
  CREATE INDEX "programs_rels_articles_id_idx" ON "programs_rels" USING btree ("articles_id");
  CREATE INDEX "programs_rels_pamphlets_id_idx" ON "programs_rels" USING btree ("pamphlets_id");
  CREATE INDEX "programs_rels_videos_id_idx" ON "programs_rels" USING btree ("videos_id");
  CREATE INDEX "programs_rels_events_id_idx" ON "programs_rels" USING btree ("events_id");
  CREATE INDEX "programs_rels_segments_id_idx" ON "programs_rels" USING btree ("segments_id");
  CREATE INDEX "programs_rels_conditions_id_idx" ON "programs_rels" USING btree ("conditions_id");
  CREATE INDEX "programs_rels_users_id_idx" ON "programs_rels" USING btree ("users_id");
  CREATE INDEX "_programs_v_version_tracks_steps_order_idx" ON "_programs_v_version_tracks_steps" USING btree ("_order");
  CREATE INDEX "_programs_v_version_tracks_steps_parent_id_idx" ON "_programs_v_version_tracks_steps" USING btree ("_parent_id");
  CREATE INDEX "_programs_v_version_tracks_steps_segment_idx" ON "_programs_v_version_tracks_steps" USING btree ("segment_id");
  CREATE INDEX "_programs_v_version_tracks_order_idx" ON "_programs_v_version_tracks" USING btree ("_order");
  CREATE INDEX "_programs_v_version_tracks_parent_id_idx" ON "_programs_v_version_tracks" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_programs_v_version_tracks_locales_locale_parent_id_unique" ON "_programs_v_version_tracks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_programs_v_version_tracks_locales_parent_idx" ON "_programs_v_version_tracks_locales" USING btree ("_parent_id");
  CREATE INDEX "_programs_v_version_stages_order_idx" ON "_programs_v_version_stages" USING btree ("order");
  CREATE INDEX "_programs_v_version_stages_parent_idx" ON "_programs_v_version_stages" USING btree ("parent_id");
  CREATE INDEX "_programs_v_parent_idx" ON "_programs_v" USING btree ("parent_id");
  CREATE INDEX "_programs_v_version_version_slug_idx" ON "_programs_v" USING btree ("version_slug");
  CREATE INDEX "_programs_v_version_workflow_version_workflow_state_idx" ON "_programs_v" USING btree ("version_workflow_state");
  CREATE INDEX "_programs_v_version_version_updated_at_idx" ON "_programs_v" USING btree ("version_updated_at");
  CREATE INDEX "_programs_v_version_version_created_at_idx" ON "_programs_v" USING btree ("version_created_at");
  CREATE INDEX "_programs_v_version_version__status_idx" ON "_programs_v" USING btree ("version__status");
  CREATE INDEX "_programs_v_created_at_idx" ON "_programs_v" USING btree ("created_at");
  CREATE INDEX "_programs_v_updated_at_idx" ON "_programs_v" USING btree ("updated_at");
  CREATE INDEX "_programs_v_snapshot_idx" ON "_programs_v" USING btree ("snapshot");
  CREATE INDEX "_programs_v_published_locale_idx" ON "_programs_v" USING btree ("published_locale");
  CREATE INDEX "_programs_v_latest_idx" ON "_programs_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_programs_v_locales_locale_parent_id_unique" ON "_programs_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_programs_v_locales_parent_idx" ON "_programs_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_programs_v_rels_order_idx" ON "_programs_v_rels" USING btree ("order");
  CREATE INDEX "_programs_v_rels_parent_idx" ON "_programs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_programs_v_rels_path_idx" ON "_programs_v_rels" USING btree ("path");
  CREATE INDEX "_programs_v_rels_articles_id_idx" ON "_programs_v_rels" USING btree ("articles_id");
  CREATE INDEX "_programs_v_rels_pamphlets_id_idx" ON "_programs_v_rels" USING btree ("pamphlets_id");
  CREATE INDEX "_programs_v_rels_videos_id_idx" ON "_programs_v_rels" USING btree ("videos_id");
  CREATE INDEX "_programs_v_rels_events_id_idx" ON "_programs_v_rels" USING btree ("events_id");
  CREATE INDEX "_programs_v_rels_segments_id_idx" ON "_programs_v_rels" USING btree ("segments_id");
  CREATE INDEX "_programs_v_rels_conditions_id_idx" ON "_programs_v_rels" USING btree ("conditions_id");
  CREATE INDEX "_programs_v_rels_users_id_idx" ON "_programs_v_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_articles_id_idx" ON "redirects_rels" USING btree ("articles_id");
  CREATE INDEX "redirects_rels_pamphlets_id_idx" ON "redirects_rels" USING btree ("pamphlets_id");
  CREATE INDEX "redirects_rels_videos_id_idx" ON "redirects_rels" USING btree ("videos_id");
  CREATE INDEX "redirects_rels_events_id_idx" ON "redirects_rels" USING btree ("events_id");
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pamphlets_locales" ADD CONSTRAINT "pamphlets_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_locales" ADD CONSTRAINT "_pamphlets_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_locales" ADD CONSTRAINT "videos_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_locales" ADD CONSTRAINT "_videos_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_programs_fk" FOREIGN KEY ("programs_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "pamphlets_meta_meta_image_idx" ON "pamphlets_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_pamphlets_v_version_meta_version_meta_image_idx" ON "_pamphlets_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "videos_meta_meta_image_idx" ON "videos_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_videos_v_version_meta_version_meta_image_idx" ON "_videos_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "events_meta_meta_image_idx" ON "events_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_events_v_version_meta_version_meta_image_idx" ON "_events_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE INDEX "payload_locked_documents_rels_programs_id_idx" ON "payload_locked_documents_rels" USING btree ("programs_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pamphlets_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pamphlets_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "videos_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_videos_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programs_tracks_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programs_tracks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programs_tracks_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programs_stages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "programs_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programs_v_version_tracks_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programs_v_version_tracks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programs_v_version_tracks_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programs_v_version_stages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programs_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programs_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programs_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_texts" CASCADE;
  DROP TABLE "_articles_v_texts" CASCADE;
  DROP TABLE "pamphlets_texts" CASCADE;
  DROP TABLE "_pamphlets_v_texts" CASCADE;
  DROP TABLE "videos_texts" CASCADE;
  DROP TABLE "_videos_v_texts" CASCADE;
  DROP TABLE "events_texts" CASCADE;
  DROP TABLE "_events_v_texts" CASCADE;
  DROP TABLE "programs_tracks_steps" CASCADE;
  DROP TABLE "programs_tracks" CASCADE;
  DROP TABLE "programs_tracks_locales" CASCADE;
  DROP TABLE "programs_stages" CASCADE;
  DROP TABLE "programs" CASCADE;
  DROP TABLE "programs_locales" CASCADE;
  DROP TABLE "programs_rels" CASCADE;
  DROP TABLE "_programs_v_version_tracks_steps" CASCADE;
  DROP TABLE "_programs_v_version_tracks" CASCADE;
  DROP TABLE "_programs_v_version_tracks_locales" CASCADE;
  DROP TABLE "_programs_v_version_stages" CASCADE;
  DROP TABLE "_programs_v" CASCADE;
  DROP TABLE "_programs_v_locales" CASCADE;
  DROP TABLE "_programs_v_rels" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  ALTER TABLE "articles_locales" DROP CONSTRAINT "articles_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_articles_v_locales" DROP CONSTRAINT "_articles_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "pamphlets_locales" DROP CONSTRAINT "pamphlets_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_pamphlets_v_locales" DROP CONSTRAINT "_pamphlets_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "videos_locales" DROP CONSTRAINT "videos_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_videos_v_locales" DROP CONSTRAINT "_videos_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "events_locales" DROP CONSTRAINT "events_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_events_v_locales" DROP CONSTRAINT "_events_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_programs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  ALTER TABLE "webhooks_events" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_webhooks_events";
  CREATE TYPE "public"."enum_webhooks_events" AS ENUM('published', 'updated', 'unpublished', 'deleted');
  ALTER TABLE "webhooks_events" ALTER COLUMN "value" SET DATA TYPE "public"."enum_webhooks_events" USING "value"::"public"."enum_webhooks_events";
  ALTER TABLE "webhook_deliveries" ALTER COLUMN "message_type" SET DATA TYPE text;
  DROP TYPE "public"."enum_webhook_deliveries_message_type";
  CREATE TYPE "public"."enum_webhook_deliveries_message_type" AS ENUM('content.published', 'content.updated', 'content.unpublished', 'content.deleted', 'webhook.test');
  ALTER TABLE "webhook_deliveries" ALTER COLUMN "message_type" SET DATA TYPE "public"."enum_webhook_deliveries_message_type" USING "message_type"::"public"."enum_webhook_deliveries_message_type";
  ALTER TABLE "content_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_content_events_action";
  CREATE TYPE "public"."enum_content_events_action" AS ENUM('published', 'updated', 'unpublished', 'deleted');
  ALTER TABLE "content_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_content_events_action" USING "action"::"public"."enum_content_events_action";
  ALTER TABLE "content_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_content_events_type";
  CREATE TYPE "public"."enum_content_events_type" AS ENUM('articles', 'pamphlets', 'videos', 'events');
  ALTER TABLE "content_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_content_events_type" USING "type"::"public"."enum_content_events_type";
  ALTER TABLE "content_reviews" ALTER COLUMN "item_type" SET DATA TYPE text;
  DROP TYPE "public"."enum_content_reviews_item_type";
  CREATE TYPE "public"."enum_content_reviews_item_type" AS ENUM('articles', 'pamphlets', 'videos', 'events');
  ALTER TABLE "content_reviews" ALTER COLUMN "item_type" SET DATA TYPE "public"."enum_content_reviews_item_type" USING "item_type"::"public"."enum_content_reviews_item_type";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'recheckBrandCompliance', 'dispatchWebhooks', 'reviewLifecycle', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'recheckBrandCompliance', 'dispatchWebhooks', 'reviewLifecycle', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_meta_meta_image_idx";
  DROP INDEX "_articles_v_version_meta_version_meta_image_idx";
  DROP INDEX "pamphlets_meta_meta_image_idx";
  DROP INDEX "_pamphlets_v_version_meta_version_meta_image_idx";
  DROP INDEX "videos_meta_meta_image_idx";
  DROP INDEX "_videos_v_version_meta_version_meta_image_idx";
  DROP INDEX "events_meta_meta_image_idx";
  DROP INDEX "_events_v_version_meta_version_meta_image_idx";
  DROP INDEX "media_sizes_og_sizes_og_filename_idx";
  DROP INDEX "payload_locked_documents_rels_programs_id_idx";
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  ALTER TABLE "articles" DROP COLUMN "meta_noindex";
  ALTER TABLE "articles_locales" DROP COLUMN "meta_title";
  ALTER TABLE "articles_locales" DROP COLUMN "meta_description";
  ALTER TABLE "articles_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "articles_locales" DROP COLUMN "meta_canonical_u_r_l";
  ALTER TABLE "_articles_v" DROP COLUMN "version_meta_noindex";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_meta_canonical_u_r_l";
  ALTER TABLE "pamphlets" DROP COLUMN "meta_noindex";
  ALTER TABLE "pamphlets_locales" DROP COLUMN "meta_title";
  ALTER TABLE "pamphlets_locales" DROP COLUMN "meta_description";
  ALTER TABLE "pamphlets_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "pamphlets_locales" DROP COLUMN "meta_canonical_u_r_l";
  ALTER TABLE "_pamphlets_v" DROP COLUMN "version_meta_noindex";
  ALTER TABLE "_pamphlets_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_pamphlets_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_pamphlets_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "_pamphlets_v_locales" DROP COLUMN "version_meta_canonical_u_r_l";
  ALTER TABLE "videos" DROP COLUMN "meta_noindex";
  ALTER TABLE "videos_locales" DROP COLUMN "meta_title";
  ALTER TABLE "videos_locales" DROP COLUMN "meta_description";
  ALTER TABLE "videos_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "videos_locales" DROP COLUMN "meta_canonical_u_r_l";
  ALTER TABLE "_videos_v" DROP COLUMN "version_meta_noindex";
  ALTER TABLE "_videos_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_videos_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_videos_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "_videos_v_locales" DROP COLUMN "version_meta_canonical_u_r_l";
  ALTER TABLE "events" DROP COLUMN "meta_noindex";
  ALTER TABLE "events_locales" DROP COLUMN "meta_title";
  ALTER TABLE "events_locales" DROP COLUMN "meta_description";
  ALTER TABLE "events_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "events_locales" DROP COLUMN "meta_canonical_u_r_l";
  ALTER TABLE "_events_v" DROP COLUMN "version_meta_noindex";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_meta_canonical_u_r_l";
  ALTER TABLE "media" DROP COLUMN "sizes_og_url";
  ALTER TABLE "media" DROP COLUMN "sizes_og_width";
  ALTER TABLE "media" DROP COLUMN "sizes_og_height";
  ALTER TABLE "media" DROP COLUMN "sizes_og_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_og_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_og_filename";
  ALTER TABLE "webhook_deliveries" DROP COLUMN "purge_keys";
  ALTER TABLE "content_events" DROP COLUMN "detail";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "programs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  ALTER TABLE "brand_guidelines" DROP COLUMN "severity_meta_length";
  DROP TYPE "public"."enum_programs_tracks_steps_channel";
  DROP TYPE "public"."enum_programs_stages";
  DROP TYPE "public"."enum_programs_anchor";
  DROP TYPE "public"."enum_programs_workflow_state";
  DROP TYPE "public"."enum_programs_status";
  DROP TYPE "public"."enum__programs_v_version_tracks_steps_channel";
  DROP TYPE "public"."enum__programs_v_version_stages";
  DROP TYPE "public"."enum__programs_v_version_anchor";
  DROP TYPE "public"."enum__programs_v_version_workflow_state";
  DROP TYPE "public"."enum__programs_v_version_status";
  DROP TYPE "public"."enum__programs_v_published_locale";
  DROP TYPE "public"."enum_redirects_to_type";
  DROP TYPE "public"."enum_redirects_type";
  DROP TYPE "public"."enum_brand_guidelines_severity_meta_length";`)
}
