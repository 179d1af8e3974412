import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_articles_stages" AS ENUM('awareness', 'acceptance', 'acquisition', 'conversion', 'retention');
  CREATE TYPE "public"."enum_articles_channels" AS ENUM('web', 'portal', 'email', 'sms');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_stages" AS ENUM('awareness', 'acceptance', 'acquisition', 'conversion', 'retention');
  CREATE TYPE "public"."enum__articles_v_version_channels" AS ENUM('web', 'portal', 'email', 'sms');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_pamphlets_stages" AS ENUM('awareness', 'acceptance', 'acquisition', 'conversion', 'retention');
  CREATE TYPE "public"."enum_pamphlets_channels" AS ENUM('web', 'portal', 'email', 'sms');
  CREATE TYPE "public"."enum_pamphlets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pamphlets_v_version_stages" AS ENUM('awareness', 'acceptance', 'acquisition', 'conversion', 'retention');
  CREATE TYPE "public"."enum__pamphlets_v_version_channels" AS ENUM('web', 'portal', 'email', 'sms');
  CREATE TYPE "public"."enum__pamphlets_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pamphlets_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_videos_stages" AS ENUM('awareness', 'acceptance', 'acquisition', 'conversion', 'retention');
  CREATE TYPE "public"."enum_videos_channels" AS ENUM('web', 'portal', 'email', 'sms');
  CREATE TYPE "public"."enum_videos_source" AS ENUM('external', 'upload');
  CREATE TYPE "public"."enum_videos_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__videos_v_version_stages" AS ENUM('awareness', 'acceptance', 'acquisition', 'conversion', 'retention');
  CREATE TYPE "public"."enum__videos_v_version_channels" AS ENUM('web', 'portal', 'email', 'sms');
  CREATE TYPE "public"."enum__videos_v_version_source" AS ENUM('external', 'upload');
  CREATE TYPE "public"."enum__videos_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__videos_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_events_stages" AS ENUM('awareness', 'acceptance', 'acquisition', 'conversion', 'retention');
  CREATE TYPE "public"."enum_events_channels" AS ENUM('web', 'portal', 'email', 'sms');
  CREATE TYPE "public"."enum_events_kind" AS ENUM('class', 'screening', 'support-group');
  CREATE TYPE "public"."enum_events_event_status" AS ENUM('scheduled', 'cancelled', 'full');
  CREATE TYPE "public"."enum_events_attendance" AS ENUM('in-person', 'virtual', 'hybrid');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_stages" AS ENUM('awareness', 'acceptance', 'acquisition', 'conversion', 'retention');
  CREATE TYPE "public"."enum__events_v_version_channels" AS ENUM('web', 'portal', 'email', 'sms');
  CREATE TYPE "public"."enum__events_v_version_kind" AS ENUM('class', 'screening', 'support-group');
  CREATE TYPE "public"."enum__events_v_version_attendance" AS ENUM('in-person', 'virtual', 'hybrid');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_caption_files_language" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'medicalReviewer', 'brandManager');
  CREATE TYPE "public"."enum_api_clients_kind" AS ENUM('website', 'portal', 'automation');
  CREATE TYPE "public"."enum_webhooks_events" AS ENUM('published', 'updated', 'unpublished', 'deleted');
  CREATE TYPE "public"."enum_webhooks_types" AS ENUM('articles', 'pamphlets', 'videos', 'events');
  CREATE TYPE "public"."enum_webhooks_stages" AS ENUM('awareness', 'acceptance', 'acquisition', 'conversion', 'retention');
  CREATE TYPE "public"."enum_webhook_deliveries_message_type" AS ENUM('content.published', 'content.updated', 'content.unpublished', 'content.deleted', 'webhook.test');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'delivered', 'failed', 'gave-up');
  CREATE TYPE "public"."enum_content_events_stages" AS ENUM('awareness', 'acceptance', 'acquisition', 'conversion', 'retention');
  CREATE TYPE "public"."enum_content_events_action" AS ENUM('published', 'updated', 'unpublished', 'deleted');
  CREATE TYPE "public"."enum_content_events_type" AS ENUM('articles', 'pamphlets', 'videos', 'events');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'recheckBrandCompliance', 'dispatchWebhooks', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'recheckBrandCompliance', 'dispatchWebhooks', 'schedulePublish');
  CREATE TYPE "public"."enum_brand_guidelines_terminology_locale" AS ENUM('all', 'en', 'es');
  CREATE TYPE "public"."enum_brand_guidelines_claims_words_locale" AS ENUM('all', 'en', 'es');
  CREATE TYPE "public"."enum_brand_guidelines_severity_reading_level" AS ENUM('error', 'warning', 'off');
  CREATE TYPE "public"."enum_brand_guidelines_severity_terminology" AS ENUM('error', 'warning', 'off');
  CREATE TYPE "public"."enum_brand_guidelines_severity_claims" AS ENUM('error', 'warning', 'off');
  CREATE TYPE "public"."enum_brand_guidelines_severity_required_disclaimer" AS ENUM('error', 'warning', 'off');
  CREATE TYPE "public"."enum_brand_guidelines_severity_title_length" AS ENUM('error', 'warning', 'off');
  CREATE TYPE "public"."enum_brand_guidelines_severity_summary_length" AS ENUM('error', 'warning', 'off');
  CREATE TYPE "public"."enum_brand_guidelines_severity_link_text" AS ENUM('error', 'warning', 'off');
  CREATE TYPE "public"."enum_brand_guidelines_severity_image_alt" AS ENUM('error', 'warning', 'off');
  CREATE TYPE "public"."enum_brand_guidelines_severity_video_accessibility" AS ENUM('error', 'warning', 'off');
  CREATE TYPE "public"."enum_brand_guidelines_severity_exclamations" AS ENUM('error', 'warning', 'off');
  CREATE TYPE "public"."enum_brand_guidelines_severity_medical_review_freshness" AS ENUM('error', 'warning', 'off');
  CREATE TYPE "public"."enum_brand_guidelines_readability_formula" AS ENUM('smog', 'fleschKincaid');
  CREATE TABLE "articles_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_articles_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "articles_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_articles_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "articles_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "articles_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "articles_variants_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"hero_image_id" integer,
  	"clinical" boolean DEFAULT true,
  	"medical_reviewed_at" timestamp(3) with time zone,
  	"medical_reviewer" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"word_count" numeric,
  	"reading_time_minutes" numeric,
  	"body" jsonb,
  	"translation_complete" boolean DEFAULT false,
  	"brand_check" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"segments_id" integer,
  	"articles_id" integer,
  	"pamphlets_id" integer,
  	"videos_id" integer,
  	"events_id" integer,
  	"snippets_id" integer
  );
  
  CREATE TABLE "_articles_v_version_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__articles_v_version_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_articles_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__articles_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_articles_v_version_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_variants_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_hero_image_id" integer,
  	"version_clinical" boolean DEFAULT true,
  	"version_medical_reviewed_at" timestamp(3) with time zone,
  	"version_medical_reviewer" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_word_count" numeric,
  	"version_reading_time_minutes" numeric,
  	"version_body" jsonb,
  	"version_translation_complete" boolean DEFAULT false,
  	"version_brand_check" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"segments_id" integer,
  	"articles_id" integer,
  	"pamphlets_id" integer,
  	"videos_id" integer,
  	"events_id" integer,
  	"snippets_id" integer
  );
  
  CREATE TABLE "pamphlets_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_pamphlets_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pamphlets_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_pamphlets_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pamphlets_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "pamphlets_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pamphlets_variants_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pamphlets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"cover_image_id" integer,
  	"clinical" boolean DEFAULT true,
  	"medical_reviewed_at" timestamp(3) with time zone,
  	"medical_reviewer" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pamphlets_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pamphlets_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"pdf_id" integer,
  	"body" jsonb,
  	"translation_complete" boolean DEFAULT false,
  	"brand_check" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pamphlets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"segments_id" integer,
  	"articles_id" integer,
  	"pamphlets_id" integer,
  	"videos_id" integer,
  	"events_id" integer,
  	"snippets_id" integer
  );
  
  CREATE TABLE "_pamphlets_v_version_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pamphlets_v_version_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pamphlets_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pamphlets_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pamphlets_v_version_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pamphlets_v_version_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pamphlets_v_version_variants_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pamphlets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_cover_image_id" integer,
  	"version_clinical" boolean DEFAULT true,
  	"version_medical_reviewed_at" timestamp(3) with time zone,
  	"version_medical_reviewer" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pamphlets_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pamphlets_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pamphlets_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_pdf_id" integer,
  	"version_body" jsonb,
  	"version_translation_complete" boolean DEFAULT false,
  	"version_brand_check" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pamphlets_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"segments_id" integer,
  	"articles_id" integer,
  	"pamphlets_id" integer,
  	"videos_id" integer,
  	"events_id" integer,
  	"snippets_id" integer
  );
  
  CREATE TABLE "videos_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_videos_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "videos_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_videos_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "videos_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "videos_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "videos_variants_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "videos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"source" "enum_videos_source" DEFAULT 'external',
  	"url" varchar,
  	"video_file_id" integer,
  	"duration_seconds" numeric,
  	"thumbnail_id" integer,
  	"clinical" boolean DEFAULT true,
  	"medical_reviewed_at" timestamp(3) with time zone,
  	"medical_reviewer" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_videos_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "videos_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"captions_id" integer,
  	"transcript" jsonb,
  	"body" jsonb,
  	"translation_complete" boolean DEFAULT false,
  	"brand_check" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "videos_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"segments_id" integer,
  	"articles_id" integer,
  	"pamphlets_id" integer,
  	"videos_id" integer,
  	"events_id" integer,
  	"snippets_id" integer
  );
  
  CREATE TABLE "_videos_v_version_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__videos_v_version_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_videos_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__videos_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_videos_v_version_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_videos_v_version_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_videos_v_version_variants_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_videos_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_source" "enum__videos_v_version_source" DEFAULT 'external',
  	"version_url" varchar,
  	"version_video_file_id" integer,
  	"version_duration_seconds" numeric,
  	"version_thumbnail_id" integer,
  	"version_clinical" boolean DEFAULT true,
  	"version_medical_reviewed_at" timestamp(3) with time zone,
  	"version_medical_reviewer" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__videos_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__videos_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_videos_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_captions_id" integer,
  	"version_transcript" jsonb,
  	"version_body" jsonb,
  	"version_translation_complete" boolean DEFAULT false,
  	"version_brand_check" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_videos_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"segments_id" integer,
  	"articles_id" integer,
  	"pamphlets_id" integer,
  	"videos_id" integer,
  	"events_id" integer,
  	"snippets_id" integer
  );
  
  CREATE TABLE "events_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "events_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_variants_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_events_kind",
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"time_zone" varchar DEFAULT 'America/Chicago',
  	"status" "enum_events_event_status" DEFAULT 'scheduled',
  	"attendance" "enum_events_attendance" DEFAULT 'in-person',
  	"location_name" varchar,
  	"location_street" varchar,
  	"location_city" varchar,
  	"location_state" varchar,
  	"location_postal_code" varchar,
  	"virtual_url" varchar,
  	"registration_url" varchar,
  	"capacity" numeric,
  	"clinical" boolean DEFAULT true,
  	"medical_reviewed_at" timestamp(3) with time zone,
  	"medical_reviewer" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"translation_complete" boolean DEFAULT false,
  	"brand_check" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"segments_id" integer,
  	"articles_id" integer,
  	"pamphlets_id" integer,
  	"videos_id" integer,
  	"events_id" integer,
  	"snippets_id" integer
  );
  
  CREATE TABLE "_events_v_version_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_citations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_variants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_variants_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__events_v_version_kind",
  	"version_starts_at" timestamp(3) with time zone,
  	"version_ends_at" timestamp(3) with time zone,
  	"version_time_zone" varchar DEFAULT 'America/Chicago',
  	"version_status" "enum_events_event_status" DEFAULT 'scheduled',
  	"version_attendance" "enum__events_v_version_attendance" DEFAULT 'in-person',
  	"version_location_name" varchar,
  	"version_location_street" varchar,
  	"version_location_city" varchar,
  	"version_location_state" varchar,
  	"version_location_postal_code" varchar,
  	"version_virtual_url" varchar,
  	"version_registration_url" varchar,
  	"version_capacity" numeric,
  	"version_clinical" boolean DEFAULT true,
  	"version_medical_reviewed_at" timestamp(3) with time zone,
  	"version_medical_reviewer" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_translation_complete" boolean DEFAULT false,
  	"version_brand_check" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"segments_id" integer,
  	"articles_id" integer,
  	"pamphlets_id" integer,
  	"videos_id" integer,
  	"events_id" integer,
  	"snippets_id" integer
  );
  
  CREATE TABLE "conditions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"parent_id" integer,
  	"service_line" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "conditions_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "conditions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar,
  	"locale" "_locales"
  );
  
  CREATE TABLE "segments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "segments_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "snippets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "snippets_locales" (
  	"body" jsonb NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_webp_url" varchar,
  	"sizes_webp_width" numeric,
  	"sizes_webp_height" numeric,
  	"sizes_webp_mime_type" varchar,
  	"sizes_webp_filesize" numeric,
  	"sizes_webp_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"page_count" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "documents_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "video_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "caption_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"language" "enum_caption_files_language" DEFAULT 'en' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "api_clients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_api_clients_kind" NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar
  );
  
  CREATE TABLE "webhooks_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhooks_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhooks_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhooks_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhooks_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhooks_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhooks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar,
  	"enabled" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhooks_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"webhook_id" integer NOT NULL,
  	"event_id" integer,
  	"message_type" "enum_webhook_deliveries_message_type" NOT NULL,
  	"item_key" varchar NOT NULL,
  	"status" "enum_webhook_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone,
  	"last_attempt_at" timestamp(3) with time zone,
  	"last_status_code" numeric,
  	"last_error" varchar,
  	"delivered_at" timestamp(3) with time zone,
  	"message_id" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "content_events_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_content_events_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "content_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_content_events_action" NOT NULL,
  	"type" "enum_content_events_type" NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"slug" varchar,
  	"title" varchar,
  	"doc_updated_at" timestamp(3) with time zone,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "content_events_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"pamphlets_id" integer,
  	"videos_id" integer,
  	"events_id" integer,
  	"conditions_id" integer,
  	"segments_id" integer,
  	"snippets_id" integer,
  	"media_id" integer,
  	"documents_id" integer,
  	"video_files_id" integer,
  	"caption_files_id" integer,
  	"users_id" integer,
  	"api_clients_id" integer,
  	"webhooks_id" integer,
  	"webhook_deliveries_id" integer,
  	"content_events_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"api_clients_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "brand_guidelines_terminology" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"replacement" varchar NOT NULL,
  	"reason" varchar NOT NULL,
  	"locale" "enum_brand_guidelines_terminology_locale" DEFAULT 'all'
  );
  
  CREATE TABLE "brand_guidelines_claims_words" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"word" varchar NOT NULL,
  	"locale" "enum_brand_guidelines_claims_words_locale" DEFAULT 'all'
  );
  
  CREATE TABLE "brand_guidelines_last_recheck_failing" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" varchar,
  	"doc_id" varchar,
  	"locale" varchar,
  	"title" varchar,
  	"errors" varchar
  );
  
  CREATE TABLE "brand_guidelines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"severity_reading_level" "enum_brand_guidelines_severity_reading_level" DEFAULT 'warning' NOT NULL,
  	"severity_terminology" "enum_brand_guidelines_severity_terminology" DEFAULT 'error' NOT NULL,
  	"severity_claims" "enum_brand_guidelines_severity_claims" DEFAULT 'warning' NOT NULL,
  	"severity_required_disclaimer" "enum_brand_guidelines_severity_required_disclaimer" DEFAULT 'error' NOT NULL,
  	"severity_title_length" "enum_brand_guidelines_severity_title_length" DEFAULT 'warning' NOT NULL,
  	"severity_summary_length" "enum_brand_guidelines_severity_summary_length" DEFAULT 'warning' NOT NULL,
  	"severity_link_text" "enum_brand_guidelines_severity_link_text" DEFAULT 'warning' NOT NULL,
  	"severity_image_alt" "enum_brand_guidelines_severity_image_alt" DEFAULT 'error' NOT NULL,
  	"severity_video_accessibility" "enum_brand_guidelines_severity_video_accessibility" DEFAULT 'error' NOT NULL,
  	"severity_exclamations" "enum_brand_guidelines_severity_exclamations" DEFAULT 'warning' NOT NULL,
  	"severity_medical_review_freshness" "enum_brand_guidelines_severity_medical_review_freshness" DEFAULT 'error' NOT NULL,
  	"readability_max_grade" numeric DEFAULT 8 NOT NULL,
  	"readability_formula" "enum_brand_guidelines_readability_formula" DEFAULT 'smog' NOT NULL,
  	"readability_min_words" numeric DEFAULT 30,
  	"structure_title_max_length" numeric DEFAULT 70,
  	"structure_summary_max_length" numeric DEFAULT 300,
  	"structure_max_exclamations" numeric DEFAULT 1,
  	"medical_review_max_age_months" numeric DEFAULT 24 NOT NULL,
  	"medical_review_withhold_lapsed" boolean DEFAULT true,
  	"claims_min_citations" numeric DEFAULT 1,
  	"disclaimers_articles_id" integer,
  	"disclaimers_pamphlets_id" integer,
  	"disclaimers_videos_id" integer,
  	"disclaimers_events_id" integer,
  	"last_recheck_finished_at" timestamp(3) with time zone,
  	"last_recheck_checked" numeric,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "brand_guidelines_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "articles_stages" ADD CONSTRAINT "articles_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_channels" ADD CONSTRAINT "articles_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_citations" ADD CONSTRAINT "articles_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_variants" ADD CONSTRAINT "articles_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_variants_locales" ADD CONSTRAINT "articles_variants_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles_variants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_pamphlets_fk" FOREIGN KEY ("pamphlets_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_snippets_fk" FOREIGN KEY ("snippets_id") REFERENCES "public"."snippets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_stages" ADD CONSTRAINT "_articles_v_version_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_channels" ADD CONSTRAINT "_articles_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_citations" ADD CONSTRAINT "_articles_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_variants" ADD CONSTRAINT "_articles_v_version_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_variants_locales" ADD CONSTRAINT "_articles_v_version_variants_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v_version_variants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_pamphlets_fk" FOREIGN KEY ("pamphlets_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_snippets_fk" FOREIGN KEY ("snippets_id") REFERENCES "public"."snippets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_stages" ADD CONSTRAINT "pamphlets_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_channels" ADD CONSTRAINT "pamphlets_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_citations" ADD CONSTRAINT "pamphlets_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_variants" ADD CONSTRAINT "pamphlets_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_variants_locales" ADD CONSTRAINT "pamphlets_variants_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pamphlets_variants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets" ADD CONSTRAINT "pamphlets_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pamphlets_locales" ADD CONSTRAINT "pamphlets_locales_pdf_id_documents_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pamphlets_locales" ADD CONSTRAINT "pamphlets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_rels" ADD CONSTRAINT "pamphlets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_rels" ADD CONSTRAINT "pamphlets_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_rels" ADD CONSTRAINT "pamphlets_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_rels" ADD CONSTRAINT "pamphlets_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_rels" ADD CONSTRAINT "pamphlets_rels_pamphlets_fk" FOREIGN KEY ("pamphlets_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_rels" ADD CONSTRAINT "pamphlets_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_rels" ADD CONSTRAINT "pamphlets_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pamphlets_rels" ADD CONSTRAINT "pamphlets_rels_snippets_fk" FOREIGN KEY ("snippets_id") REFERENCES "public"."snippets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_version_stages" ADD CONSTRAINT "_pamphlets_v_version_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pamphlets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_version_channels" ADD CONSTRAINT "_pamphlets_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pamphlets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_version_citations" ADD CONSTRAINT "_pamphlets_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pamphlets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_version_variants" ADD CONSTRAINT "_pamphlets_v_version_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pamphlets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_version_variants_locales" ADD CONSTRAINT "_pamphlets_v_version_variants_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pamphlets_v_version_variants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v" ADD CONSTRAINT "_pamphlets_v_parent_id_pamphlets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pamphlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pamphlets_v" ADD CONSTRAINT "_pamphlets_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_locales" ADD CONSTRAINT "_pamphlets_v_locales_version_pdf_id_documents_id_fk" FOREIGN KEY ("version_pdf_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_locales" ADD CONSTRAINT "_pamphlets_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pamphlets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_rels" ADD CONSTRAINT "_pamphlets_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pamphlets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_rels" ADD CONSTRAINT "_pamphlets_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_rels" ADD CONSTRAINT "_pamphlets_v_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_rels" ADD CONSTRAINT "_pamphlets_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_rels" ADD CONSTRAINT "_pamphlets_v_rels_pamphlets_fk" FOREIGN KEY ("pamphlets_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_rels" ADD CONSTRAINT "_pamphlets_v_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_rels" ADD CONSTRAINT "_pamphlets_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pamphlets_v_rels" ADD CONSTRAINT "_pamphlets_v_rels_snippets_fk" FOREIGN KEY ("snippets_id") REFERENCES "public"."snippets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_stages" ADD CONSTRAINT "videos_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_channels" ADD CONSTRAINT "videos_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_citations" ADD CONSTRAINT "videos_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_variants" ADD CONSTRAINT "videos_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_variants_locales" ADD CONSTRAINT "videos_variants_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos_variants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_video_file_id_video_files_id_fk" FOREIGN KEY ("video_file_id") REFERENCES "public"."video_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_thumbnail_id_media_id_fk" FOREIGN KEY ("thumbnail_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_locales" ADD CONSTRAINT "videos_locales_captions_id_caption_files_id_fk" FOREIGN KEY ("captions_id") REFERENCES "public"."caption_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_locales" ADD CONSTRAINT "videos_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_pamphlets_fk" FOREIGN KEY ("pamphlets_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_snippets_fk" FOREIGN KEY ("snippets_id") REFERENCES "public"."snippets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_stages" ADD CONSTRAINT "_videos_v_version_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_channels" ADD CONSTRAINT "_videos_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_citations" ADD CONSTRAINT "_videos_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_variants" ADD CONSTRAINT "_videos_v_version_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_variants_locales" ADD CONSTRAINT "_videos_v_version_variants_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v_version_variants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_parent_id_videos_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_video_file_id_video_files_id_fk" FOREIGN KEY ("version_video_file_id") REFERENCES "public"."video_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_thumbnail_id_media_id_fk" FOREIGN KEY ("version_thumbnail_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_locales" ADD CONSTRAINT "_videos_v_locales_version_captions_id_caption_files_id_fk" FOREIGN KEY ("version_captions_id") REFERENCES "public"."caption_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_locales" ADD CONSTRAINT "_videos_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_pamphlets_fk" FOREIGN KEY ("pamphlets_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_snippets_fk" FOREIGN KEY ("snippets_id") REFERENCES "public"."snippets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_stages" ADD CONSTRAINT "events_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_channels" ADD CONSTRAINT "events_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_citations" ADD CONSTRAINT "events_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_variants" ADD CONSTRAINT "events_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_variants_locales" ADD CONSTRAINT "events_variants_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events_variants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_pamphlets_fk" FOREIGN KEY ("pamphlets_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_snippets_fk" FOREIGN KEY ("snippets_id") REFERENCES "public"."snippets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_stages" ADD CONSTRAINT "_events_v_version_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_channels" ADD CONSTRAINT "_events_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_citations" ADD CONSTRAINT "_events_v_version_citations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_variants" ADD CONSTRAINT "_events_v_version_variants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_variants_locales" ADD CONSTRAINT "_events_v_version_variants_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v_version_variants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_pamphlets_fk" FOREIGN KEY ("pamphlets_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_snippets_fk" FOREIGN KEY ("snippets_id") REFERENCES "public"."snippets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions" ADD CONSTRAINT "conditions_parent_id_conditions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions_locales" ADD CONSTRAINT "conditions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_texts" ADD CONSTRAINT "conditions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "segments_locales" ADD CONSTRAINT "segments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "snippets_locales" ADD CONSTRAINT "snippets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."snippets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_locales" ADD CONSTRAINT "documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhooks_events" ADD CONSTRAINT "webhooks_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhooks_types" ADD CONSTRAINT "webhooks_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhooks_stages" ADD CONSTRAINT "webhooks_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhooks_texts" ADD CONSTRAINT "webhooks_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_webhooks_id_fk" FOREIGN KEY ("webhook_id") REFERENCES "public"."webhooks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_event_id_content_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."content_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_events_stages" ADD CONSTRAINT "content_events_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."content_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_events_texts" ADD CONSTRAINT "content_events_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."content_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pamphlets_fk" FOREIGN KEY ("pamphlets_id") REFERENCES "public"."pamphlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_segments_fk" FOREIGN KEY ("segments_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_snippets_fk" FOREIGN KEY ("snippets_id") REFERENCES "public"."snippets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_video_files_fk" FOREIGN KEY ("video_files_id") REFERENCES "public"."video_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_caption_files_fk" FOREIGN KEY ("caption_files_id") REFERENCES "public"."caption_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_clients_fk" FOREIGN KEY ("api_clients_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhooks_fk" FOREIGN KEY ("webhooks_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_content_events_fk" FOREIGN KEY ("content_events_id") REFERENCES "public"."content_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_api_clients_fk" FOREIGN KEY ("api_clients_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brand_guidelines_terminology" ADD CONSTRAINT "brand_guidelines_terminology_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."brand_guidelines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brand_guidelines_claims_words" ADD CONSTRAINT "brand_guidelines_claims_words_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."brand_guidelines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brand_guidelines_last_recheck_failing" ADD CONSTRAINT "brand_guidelines_last_recheck_failing_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."brand_guidelines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "brand_guidelines" ADD CONSTRAINT "brand_guidelines_disclaimers_articles_id_snippets_id_fk" FOREIGN KEY ("disclaimers_articles_id") REFERENCES "public"."snippets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "brand_guidelines" ADD CONSTRAINT "brand_guidelines_disclaimers_pamphlets_id_snippets_id_fk" FOREIGN KEY ("disclaimers_pamphlets_id") REFERENCES "public"."snippets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "brand_guidelines" ADD CONSTRAINT "brand_guidelines_disclaimers_videos_id_snippets_id_fk" FOREIGN KEY ("disclaimers_videos_id") REFERENCES "public"."snippets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "brand_guidelines" ADD CONSTRAINT "brand_guidelines_disclaimers_events_id_snippets_id_fk" FOREIGN KEY ("disclaimers_events_id") REFERENCES "public"."snippets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "brand_guidelines_texts" ADD CONSTRAINT "brand_guidelines_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."brand_guidelines"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_stages_order_idx" ON "articles_stages" USING btree ("order");
  CREATE INDEX "articles_stages_parent_idx" ON "articles_stages" USING btree ("parent_id");
  CREATE INDEX "articles_stages_value_idx" ON "articles_stages" USING btree ("value");
  CREATE INDEX "articles_channels_order_idx" ON "articles_channels" USING btree ("order");
  CREATE INDEX "articles_channels_parent_idx" ON "articles_channels" USING btree ("parent_id");
  CREATE INDEX "articles_citations_order_idx" ON "articles_citations" USING btree ("_order");
  CREATE INDEX "articles_citations_parent_id_idx" ON "articles_citations" USING btree ("_parent_id");
  CREATE INDEX "articles_variants_order_idx" ON "articles_variants" USING btree ("_order");
  CREATE INDEX "articles_variants_parent_id_idx" ON "articles_variants" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "articles_variants_locales_locale_parent_id_unique" ON "articles_variants_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_medical_reviewed_at_idx" ON "articles" USING btree ("medical_reviewed_at");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_title_idx" ON "articles_locales" USING btree ("title","_locale");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_conditions_id_idx" ON "articles_rels" USING btree ("conditions_id");
  CREATE INDEX "articles_rels_segments_id_idx" ON "articles_rels" USING btree ("segments_id");
  CREATE INDEX "articles_rels_articles_id_idx" ON "articles_rels" USING btree ("articles_id");
  CREATE INDEX "articles_rels_pamphlets_id_idx" ON "articles_rels" USING btree ("pamphlets_id");
  CREATE INDEX "articles_rels_videos_id_idx" ON "articles_rels" USING btree ("videos_id");
  CREATE INDEX "articles_rels_events_id_idx" ON "articles_rels" USING btree ("events_id");
  CREATE INDEX "articles_rels_snippets_id_idx" ON "articles_rels" USING btree ("snippets_id");
  CREATE INDEX "_articles_v_version_stages_order_idx" ON "_articles_v_version_stages" USING btree ("order");
  CREATE INDEX "_articles_v_version_stages_parent_idx" ON "_articles_v_version_stages" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_stages_value_idx" ON "_articles_v_version_stages" USING btree ("value");
  CREATE INDEX "_articles_v_version_channels_order_idx" ON "_articles_v_version_channels" USING btree ("order");
  CREATE INDEX "_articles_v_version_channels_parent_idx" ON "_articles_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_citations_order_idx" ON "_articles_v_version_citations" USING btree ("_order");
  CREATE INDEX "_articles_v_version_citations_parent_id_idx" ON "_articles_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_variants_order_idx" ON "_articles_v_version_variants" USING btree ("_order");
  CREATE INDEX "_articles_v_version_variants_parent_id_idx" ON "_articles_v_version_variants" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_articles_v_version_variants_locales_locale_parent_id_unique" ON "_articles_v_version_variants_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_medical_reviewed_at_idx" ON "_articles_v" USING btree ("version_medical_reviewed_at");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_version_version_title_idx" ON "_articles_v_locales" USING btree ("version_title","_locale");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_conditions_id_idx" ON "_articles_v_rels" USING btree ("conditions_id");
  CREATE INDEX "_articles_v_rels_segments_id_idx" ON "_articles_v_rels" USING btree ("segments_id");
  CREATE INDEX "_articles_v_rels_articles_id_idx" ON "_articles_v_rels" USING btree ("articles_id");
  CREATE INDEX "_articles_v_rels_pamphlets_id_idx" ON "_articles_v_rels" USING btree ("pamphlets_id");
  CREATE INDEX "_articles_v_rels_videos_id_idx" ON "_articles_v_rels" USING btree ("videos_id");
  CREATE INDEX "_articles_v_rels_events_id_idx" ON "_articles_v_rels" USING btree ("events_id");
  CREATE INDEX "_articles_v_rels_snippets_id_idx" ON "_articles_v_rels" USING btree ("snippets_id");
  CREATE INDEX "pamphlets_stages_order_idx" ON "pamphlets_stages" USING btree ("order");
  CREATE INDEX "pamphlets_stages_parent_idx" ON "pamphlets_stages" USING btree ("parent_id");
  CREATE INDEX "pamphlets_stages_value_idx" ON "pamphlets_stages" USING btree ("value");
  CREATE INDEX "pamphlets_channels_order_idx" ON "pamphlets_channels" USING btree ("order");
  CREATE INDEX "pamphlets_channels_parent_idx" ON "pamphlets_channels" USING btree ("parent_id");
  CREATE INDEX "pamphlets_citations_order_idx" ON "pamphlets_citations" USING btree ("_order");
  CREATE INDEX "pamphlets_citations_parent_id_idx" ON "pamphlets_citations" USING btree ("_parent_id");
  CREATE INDEX "pamphlets_variants_order_idx" ON "pamphlets_variants" USING btree ("_order");
  CREATE INDEX "pamphlets_variants_parent_id_idx" ON "pamphlets_variants" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pamphlets_variants_locales_locale_parent_id_unique" ON "pamphlets_variants_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pamphlets_slug_idx" ON "pamphlets" USING btree ("slug");
  CREATE INDEX "pamphlets_cover_image_idx" ON "pamphlets" USING btree ("cover_image_id");
  CREATE INDEX "pamphlets_medical_reviewed_at_idx" ON "pamphlets" USING btree ("medical_reviewed_at");
  CREATE INDEX "pamphlets_updated_at_idx" ON "pamphlets" USING btree ("updated_at");
  CREATE INDEX "pamphlets_created_at_idx" ON "pamphlets" USING btree ("created_at");
  CREATE INDEX "pamphlets__status_idx" ON "pamphlets" USING btree ("_status");
  CREATE INDEX "pamphlets_title_idx" ON "pamphlets_locales" USING btree ("title","_locale");
  CREATE INDEX "pamphlets_pdf_idx" ON "pamphlets_locales" USING btree ("pdf_id","_locale");
  CREATE UNIQUE INDEX "pamphlets_locales_locale_parent_id_unique" ON "pamphlets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pamphlets_rels_order_idx" ON "pamphlets_rels" USING btree ("order");
  CREATE INDEX "pamphlets_rels_parent_idx" ON "pamphlets_rels" USING btree ("parent_id");
  CREATE INDEX "pamphlets_rels_path_idx" ON "pamphlets_rels" USING btree ("path");
  CREATE INDEX "pamphlets_rels_conditions_id_idx" ON "pamphlets_rels" USING btree ("conditions_id");
  CREATE INDEX "pamphlets_rels_segments_id_idx" ON "pamphlets_rels" USING btree ("segments_id");
  CREATE INDEX "pamphlets_rels_articles_id_idx" ON "pamphlets_rels" USING btree ("articles_id");
  CREATE INDEX "pamphlets_rels_pamphlets_id_idx" ON "pamphlets_rels" USING btree ("pamphlets_id");
  CREATE INDEX "pamphlets_rels_videos_id_idx" ON "pamphlets_rels" USING btree ("videos_id");
  CREATE INDEX "pamphlets_rels_events_id_idx" ON "pamphlets_rels" USING btree ("events_id");
  CREATE INDEX "pamphlets_rels_snippets_id_idx" ON "pamphlets_rels" USING btree ("snippets_id");
  CREATE INDEX "_pamphlets_v_version_stages_order_idx" ON "_pamphlets_v_version_stages" USING btree ("order");
  CREATE INDEX "_pamphlets_v_version_stages_parent_idx" ON "_pamphlets_v_version_stages" USING btree ("parent_id");
  CREATE INDEX "_pamphlets_v_version_stages_value_idx" ON "_pamphlets_v_version_stages" USING btree ("value");
  CREATE INDEX "_pamphlets_v_version_channels_order_idx" ON "_pamphlets_v_version_channels" USING btree ("order");
  CREATE INDEX "_pamphlets_v_version_channels_parent_idx" ON "_pamphlets_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_pamphlets_v_version_citations_order_idx" ON "_pamphlets_v_version_citations" USING btree ("_order");
  CREATE INDEX "_pamphlets_v_version_citations_parent_id_idx" ON "_pamphlets_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_pamphlets_v_version_variants_order_idx" ON "_pamphlets_v_version_variants" USING btree ("_order");
  CREATE INDEX "_pamphlets_v_version_variants_parent_id_idx" ON "_pamphlets_v_version_variants" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pamphlets_v_version_variants_locales_locale_parent_id_uniqu" ON "_pamphlets_v_version_variants_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pamphlets_v_parent_idx" ON "_pamphlets_v" USING btree ("parent_id");
  CREATE INDEX "_pamphlets_v_version_version_slug_idx" ON "_pamphlets_v" USING btree ("version_slug");
  CREATE INDEX "_pamphlets_v_version_version_cover_image_idx" ON "_pamphlets_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_pamphlets_v_version_version_medical_reviewed_at_idx" ON "_pamphlets_v" USING btree ("version_medical_reviewed_at");
  CREATE INDEX "_pamphlets_v_version_version_updated_at_idx" ON "_pamphlets_v" USING btree ("version_updated_at");
  CREATE INDEX "_pamphlets_v_version_version_created_at_idx" ON "_pamphlets_v" USING btree ("version_created_at");
  CREATE INDEX "_pamphlets_v_version_version__status_idx" ON "_pamphlets_v" USING btree ("version__status");
  CREATE INDEX "_pamphlets_v_created_at_idx" ON "_pamphlets_v" USING btree ("created_at");
  CREATE INDEX "_pamphlets_v_updated_at_idx" ON "_pamphlets_v" USING btree ("updated_at");
  CREATE INDEX "_pamphlets_v_snapshot_idx" ON "_pamphlets_v" USING btree ("snapshot");
  CREATE INDEX "_pamphlets_v_published_locale_idx" ON "_pamphlets_v" USING btree ("published_locale");
  CREATE INDEX "_pamphlets_v_latest_idx" ON "_pamphlets_v" USING btree ("latest");
  CREATE INDEX "_pamphlets_v_version_version_title_idx" ON "_pamphlets_v_locales" USING btree ("version_title","_locale");
  CREATE INDEX "_pamphlets_v_version_version_pdf_idx" ON "_pamphlets_v_locales" USING btree ("version_pdf_id","_locale");
  CREATE UNIQUE INDEX "_pamphlets_v_locales_locale_parent_id_unique" ON "_pamphlets_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pamphlets_v_rels_order_idx" ON "_pamphlets_v_rels" USING btree ("order");
  CREATE INDEX "_pamphlets_v_rels_parent_idx" ON "_pamphlets_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pamphlets_v_rels_path_idx" ON "_pamphlets_v_rels" USING btree ("path");
  CREATE INDEX "_pamphlets_v_rels_conditions_id_idx" ON "_pamphlets_v_rels" USING btree ("conditions_id");
  CREATE INDEX "_pamphlets_v_rels_segments_id_idx" ON "_pamphlets_v_rels" USING btree ("segments_id");
  CREATE INDEX "_pamphlets_v_rels_articles_id_idx" ON "_pamphlets_v_rels" USING btree ("articles_id");
  CREATE INDEX "_pamphlets_v_rels_pamphlets_id_idx" ON "_pamphlets_v_rels" USING btree ("pamphlets_id");
  CREATE INDEX "_pamphlets_v_rels_videos_id_idx" ON "_pamphlets_v_rels" USING btree ("videos_id");
  CREATE INDEX "_pamphlets_v_rels_events_id_idx" ON "_pamphlets_v_rels" USING btree ("events_id");
  CREATE INDEX "_pamphlets_v_rels_snippets_id_idx" ON "_pamphlets_v_rels" USING btree ("snippets_id");
  CREATE INDEX "videos_stages_order_idx" ON "videos_stages" USING btree ("order");
  CREATE INDEX "videos_stages_parent_idx" ON "videos_stages" USING btree ("parent_id");
  CREATE INDEX "videos_stages_value_idx" ON "videos_stages" USING btree ("value");
  CREATE INDEX "videos_channels_order_idx" ON "videos_channels" USING btree ("order");
  CREATE INDEX "videos_channels_parent_idx" ON "videos_channels" USING btree ("parent_id");
  CREATE INDEX "videos_citations_order_idx" ON "videos_citations" USING btree ("_order");
  CREATE INDEX "videos_citations_parent_id_idx" ON "videos_citations" USING btree ("_parent_id");
  CREATE INDEX "videos_variants_order_idx" ON "videos_variants" USING btree ("_order");
  CREATE INDEX "videos_variants_parent_id_idx" ON "videos_variants" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "videos_variants_locales_locale_parent_id_unique" ON "videos_variants_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "videos_slug_idx" ON "videos" USING btree ("slug");
  CREATE INDEX "videos_video_file_idx" ON "videos" USING btree ("video_file_id");
  CREATE INDEX "videos_thumbnail_idx" ON "videos" USING btree ("thumbnail_id");
  CREATE INDEX "videos_medical_reviewed_at_idx" ON "videos" USING btree ("medical_reviewed_at");
  CREATE INDEX "videos_updated_at_idx" ON "videos" USING btree ("updated_at");
  CREATE INDEX "videos_created_at_idx" ON "videos" USING btree ("created_at");
  CREATE INDEX "videos__status_idx" ON "videos" USING btree ("_status");
  CREATE INDEX "videos_title_idx" ON "videos_locales" USING btree ("title","_locale");
  CREATE INDEX "videos_captions_idx" ON "videos_locales" USING btree ("captions_id","_locale");
  CREATE UNIQUE INDEX "videos_locales_locale_parent_id_unique" ON "videos_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "videos_rels_order_idx" ON "videos_rels" USING btree ("order");
  CREATE INDEX "videos_rels_parent_idx" ON "videos_rels" USING btree ("parent_id");
  CREATE INDEX "videos_rels_path_idx" ON "videos_rels" USING btree ("path");
  CREATE INDEX "videos_rels_conditions_id_idx" ON "videos_rels" USING btree ("conditions_id");
  CREATE INDEX "videos_rels_segments_id_idx" ON "videos_rels" USING btree ("segments_id");
  CREATE INDEX "videos_rels_articles_id_idx" ON "videos_rels" USING btree ("articles_id");
  CREATE INDEX "videos_rels_pamphlets_id_idx" ON "videos_rels" USING btree ("pamphlets_id");
  CREATE INDEX "videos_rels_videos_id_idx" ON "videos_rels" USING btree ("videos_id");
  CREATE INDEX "videos_rels_events_id_idx" ON "videos_rels" USING btree ("events_id");
  CREATE INDEX "videos_rels_snippets_id_idx" ON "videos_rels" USING btree ("snippets_id");
  CREATE INDEX "_videos_v_version_stages_order_idx" ON "_videos_v_version_stages" USING btree ("order");
  CREATE INDEX "_videos_v_version_stages_parent_idx" ON "_videos_v_version_stages" USING btree ("parent_id");
  CREATE INDEX "_videos_v_version_stages_value_idx" ON "_videos_v_version_stages" USING btree ("value");
  CREATE INDEX "_videos_v_version_channels_order_idx" ON "_videos_v_version_channels" USING btree ("order");
  CREATE INDEX "_videos_v_version_channels_parent_idx" ON "_videos_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_videos_v_version_citations_order_idx" ON "_videos_v_version_citations" USING btree ("_order");
  CREATE INDEX "_videos_v_version_citations_parent_id_idx" ON "_videos_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_version_variants_order_idx" ON "_videos_v_version_variants" USING btree ("_order");
  CREATE INDEX "_videos_v_version_variants_parent_id_idx" ON "_videos_v_version_variants" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_videos_v_version_variants_locales_locale_parent_id_unique" ON "_videos_v_version_variants_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_videos_v_parent_idx" ON "_videos_v" USING btree ("parent_id");
  CREATE INDEX "_videos_v_version_version_slug_idx" ON "_videos_v" USING btree ("version_slug");
  CREATE INDEX "_videos_v_version_version_video_file_idx" ON "_videos_v" USING btree ("version_video_file_id");
  CREATE INDEX "_videos_v_version_version_thumbnail_idx" ON "_videos_v" USING btree ("version_thumbnail_id");
  CREATE INDEX "_videos_v_version_version_medical_reviewed_at_idx" ON "_videos_v" USING btree ("version_medical_reviewed_at");
  CREATE INDEX "_videos_v_version_version_updated_at_idx" ON "_videos_v" USING btree ("version_updated_at");
  CREATE INDEX "_videos_v_version_version_created_at_idx" ON "_videos_v" USING btree ("version_created_at");
  CREATE INDEX "_videos_v_version_version__status_idx" ON "_videos_v" USING btree ("version__status");
  CREATE INDEX "_videos_v_created_at_idx" ON "_videos_v" USING btree ("created_at");
  CREATE INDEX "_videos_v_updated_at_idx" ON "_videos_v" USING btree ("updated_at");
  CREATE INDEX "_videos_v_snapshot_idx" ON "_videos_v" USING btree ("snapshot");
  CREATE INDEX "_videos_v_published_locale_idx" ON "_videos_v" USING btree ("published_locale");
  CREATE INDEX "_videos_v_latest_idx" ON "_videos_v" USING btree ("latest");
  CREATE INDEX "_videos_v_version_version_title_idx" ON "_videos_v_locales" USING btree ("version_title","_locale");
  CREATE INDEX "_videos_v_version_version_captions_idx" ON "_videos_v_locales" USING btree ("version_captions_id","_locale");
  CREATE UNIQUE INDEX "_videos_v_locales_locale_parent_id_unique" ON "_videos_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_videos_v_rels_order_idx" ON "_videos_v_rels" USING btree ("order");
  CREATE INDEX "_videos_v_rels_parent_idx" ON "_videos_v_rels" USING btree ("parent_id");
  CREATE INDEX "_videos_v_rels_path_idx" ON "_videos_v_rels" USING btree ("path");
  CREATE INDEX "_videos_v_rels_conditions_id_idx" ON "_videos_v_rels" USING btree ("conditions_id");
  CREATE INDEX "_videos_v_rels_segments_id_idx" ON "_videos_v_rels" USING btree ("segments_id");
  CREATE INDEX "_videos_v_rels_articles_id_idx" ON "_videos_v_rels" USING btree ("articles_id");
  CREATE INDEX "_videos_v_rels_pamphlets_id_idx" ON "_videos_v_rels" USING btree ("pamphlets_id");
  CREATE INDEX "_videos_v_rels_videos_id_idx" ON "_videos_v_rels" USING btree ("videos_id");
  CREATE INDEX "_videos_v_rels_events_id_idx" ON "_videos_v_rels" USING btree ("events_id");
  CREATE INDEX "_videos_v_rels_snippets_id_idx" ON "_videos_v_rels" USING btree ("snippets_id");
  CREATE INDEX "events_stages_order_idx" ON "events_stages" USING btree ("order");
  CREATE INDEX "events_stages_parent_idx" ON "events_stages" USING btree ("parent_id");
  CREATE INDEX "events_stages_value_idx" ON "events_stages" USING btree ("value");
  CREATE INDEX "events_channels_order_idx" ON "events_channels" USING btree ("order");
  CREATE INDEX "events_channels_parent_idx" ON "events_channels" USING btree ("parent_id");
  CREATE INDEX "events_citations_order_idx" ON "events_citations" USING btree ("_order");
  CREATE INDEX "events_citations_parent_id_idx" ON "events_citations" USING btree ("_parent_id");
  CREATE INDEX "events_variants_order_idx" ON "events_variants" USING btree ("_order");
  CREATE INDEX "events_variants_parent_id_idx" ON "events_variants" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "events_variants_locales_locale_parent_id_unique" ON "events_variants_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_ends_at_idx" ON "events" USING btree ("ends_at");
  CREATE INDEX "events_medical_reviewed_at_idx" ON "events" USING btree ("medical_reviewed_at");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "events_title_idx" ON "events_locales" USING btree ("title","_locale");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_conditions_id_idx" ON "events_rels" USING btree ("conditions_id");
  CREATE INDEX "events_rels_segments_id_idx" ON "events_rels" USING btree ("segments_id");
  CREATE INDEX "events_rels_articles_id_idx" ON "events_rels" USING btree ("articles_id");
  CREATE INDEX "events_rels_pamphlets_id_idx" ON "events_rels" USING btree ("pamphlets_id");
  CREATE INDEX "events_rels_videos_id_idx" ON "events_rels" USING btree ("videos_id");
  CREATE INDEX "events_rels_events_id_idx" ON "events_rels" USING btree ("events_id");
  CREATE INDEX "events_rels_snippets_id_idx" ON "events_rels" USING btree ("snippets_id");
  CREATE INDEX "_events_v_version_stages_order_idx" ON "_events_v_version_stages" USING btree ("order");
  CREATE INDEX "_events_v_version_stages_parent_idx" ON "_events_v_version_stages" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_stages_value_idx" ON "_events_v_version_stages" USING btree ("value");
  CREATE INDEX "_events_v_version_channels_order_idx" ON "_events_v_version_channels" USING btree ("order");
  CREATE INDEX "_events_v_version_channels_parent_idx" ON "_events_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_citations_order_idx" ON "_events_v_version_citations" USING btree ("_order");
  CREATE INDEX "_events_v_version_citations_parent_id_idx" ON "_events_v_version_citations" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_variants_order_idx" ON "_events_v_version_variants" USING btree ("_order");
  CREATE INDEX "_events_v_version_variants_parent_id_idx" ON "_events_v_version_variants" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_events_v_version_variants_locales_locale_parent_id_unique" ON "_events_v_version_variants_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_ends_at_idx" ON "_events_v" USING btree ("version_ends_at");
  CREATE INDEX "_events_v_version_version_medical_reviewed_at_idx" ON "_events_v" USING btree ("version_medical_reviewed_at");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "_events_v_version_version_title_idx" ON "_events_v_locales" USING btree ("version_title","_locale");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_conditions_id_idx" ON "_events_v_rels" USING btree ("conditions_id");
  CREATE INDEX "_events_v_rels_segments_id_idx" ON "_events_v_rels" USING btree ("segments_id");
  CREATE INDEX "_events_v_rels_articles_id_idx" ON "_events_v_rels" USING btree ("articles_id");
  CREATE INDEX "_events_v_rels_pamphlets_id_idx" ON "_events_v_rels" USING btree ("pamphlets_id");
  CREATE INDEX "_events_v_rels_videos_id_idx" ON "_events_v_rels" USING btree ("videos_id");
  CREATE INDEX "_events_v_rels_events_id_idx" ON "_events_v_rels" USING btree ("events_id");
  CREATE INDEX "_events_v_rels_snippets_id_idx" ON "_events_v_rels" USING btree ("snippets_id");
  CREATE UNIQUE INDEX "conditions_slug_idx" ON "conditions" USING btree ("slug");
  CREATE INDEX "conditions_parent_idx" ON "conditions" USING btree ("parent_id");
  CREATE INDEX "conditions_service_line_idx" ON "conditions" USING btree ("service_line");
  CREATE INDEX "conditions_updated_at_idx" ON "conditions" USING btree ("updated_at");
  CREATE INDEX "conditions_created_at_idx" ON "conditions" USING btree ("created_at");
  CREATE UNIQUE INDEX "conditions_locales_locale_parent_id_unique" ON "conditions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "conditions_texts_order_parent" ON "conditions_texts" USING btree ("order","parent_id");
  CREATE INDEX "conditions_texts_text_idx" ON "conditions_texts" USING btree ("text");
  CREATE INDEX "conditions_texts_locale_parent" ON "conditions_texts" USING btree ("locale","parent_id");
  CREATE UNIQUE INDEX "segments_slug_idx" ON "segments" USING btree ("slug");
  CREATE INDEX "segments_updated_at_idx" ON "segments" USING btree ("updated_at");
  CREATE INDEX "segments_created_at_idx" ON "segments" USING btree ("created_at");
  CREATE UNIQUE INDEX "segments_locales_locale_parent_id_unique" ON "segments_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "snippets_slug_idx" ON "snippets" USING btree ("slug");
  CREATE INDEX "snippets_updated_at_idx" ON "snippets" USING btree ("updated_at");
  CREATE INDEX "snippets_created_at_idx" ON "snippets" USING btree ("created_at");
  CREATE UNIQUE INDEX "snippets_locales_locale_parent_id_unique" ON "snippets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_webp_sizes_webp_filename_idx" ON "media" USING btree ("sizes_webp_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE UNIQUE INDEX "documents_locales_locale_parent_id_unique" ON "documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "video_files_updated_at_idx" ON "video_files" USING btree ("updated_at");
  CREATE INDEX "video_files_created_at_idx" ON "video_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "video_files_filename_idx" ON "video_files" USING btree ("filename");
  CREATE INDEX "caption_files_updated_at_idx" ON "caption_files" USING btree ("updated_at");
  CREATE INDEX "caption_files_created_at_idx" ON "caption_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "caption_files_filename_idx" ON "caption_files" USING btree ("filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "api_clients_name_idx" ON "api_clients" USING btree ("name");
  CREATE INDEX "api_clients_updated_at_idx" ON "api_clients" USING btree ("updated_at");
  CREATE INDEX "api_clients_created_at_idx" ON "api_clients" USING btree ("created_at");
  CREATE INDEX "webhooks_events_order_idx" ON "webhooks_events" USING btree ("order");
  CREATE INDEX "webhooks_events_parent_idx" ON "webhooks_events" USING btree ("parent_id");
  CREATE INDEX "webhooks_types_order_idx" ON "webhooks_types" USING btree ("order");
  CREATE INDEX "webhooks_types_parent_idx" ON "webhooks_types" USING btree ("parent_id");
  CREATE INDEX "webhooks_stages_order_idx" ON "webhooks_stages" USING btree ("order");
  CREATE INDEX "webhooks_stages_parent_idx" ON "webhooks_stages" USING btree ("parent_id");
  CREATE INDEX "webhooks_updated_at_idx" ON "webhooks" USING btree ("updated_at");
  CREATE INDEX "webhooks_created_at_idx" ON "webhooks" USING btree ("created_at");
  CREATE INDEX "webhooks_texts_order_parent" ON "webhooks_texts" USING btree ("order","parent_id");
  CREATE INDEX "webhook_deliveries_webhook_idx" ON "webhook_deliveries" USING btree ("webhook_id");
  CREATE INDEX "webhook_deliveries_event_idx" ON "webhook_deliveries" USING btree ("event_id");
  CREATE INDEX "webhook_deliveries_item_key_idx" ON "webhook_deliveries" USING btree ("item_key");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_next_attempt_at_idx" ON "webhook_deliveries" USING btree ("next_attempt_at");
  CREATE UNIQUE INDEX "webhook_deliveries_message_id_idx" ON "webhook_deliveries" USING btree ("message_id");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE INDEX "content_events_stages_order_idx" ON "content_events_stages" USING btree ("order");
  CREATE INDEX "content_events_stages_parent_idx" ON "content_events_stages" USING btree ("parent_id");
  CREATE INDEX "content_events_action_idx" ON "content_events" USING btree ("action");
  CREATE INDEX "content_events_type_idx" ON "content_events" USING btree ("type");
  CREATE INDEX "content_events_doc_id_idx" ON "content_events" USING btree ("doc_id");
  CREATE INDEX "content_events_at_idx" ON "content_events" USING btree ("at");
  CREATE INDEX "content_events_updated_at_idx" ON "content_events" USING btree ("updated_at");
  CREATE INDEX "content_events_created_at_idx" ON "content_events" USING btree ("created_at");
  CREATE INDEX "content_events_texts_order_parent" ON "content_events_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_pamphlets_id_idx" ON "payload_locked_documents_rels" USING btree ("pamphlets_id");
  CREATE INDEX "payload_locked_documents_rels_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("videos_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_conditions_id_idx" ON "payload_locked_documents_rels" USING btree ("conditions_id");
  CREATE INDEX "payload_locked_documents_rels_segments_id_idx" ON "payload_locked_documents_rels" USING btree ("segments_id");
  CREATE INDEX "payload_locked_documents_rels_snippets_id_idx" ON "payload_locked_documents_rels" USING btree ("snippets_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_video_files_id_idx" ON "payload_locked_documents_rels" USING btree ("video_files_id");
  CREATE INDEX "payload_locked_documents_rels_caption_files_id_idx" ON "payload_locked_documents_rels" USING btree ("caption_files_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_api_clients_id_idx" ON "payload_locked_documents_rels" USING btree ("api_clients_id");
  CREATE INDEX "payload_locked_documents_rels_webhooks_id_idx" ON "payload_locked_documents_rels" USING btree ("webhooks_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_content_events_id_idx" ON "payload_locked_documents_rels" USING btree ("content_events_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_rels_api_clients_id_idx" ON "payload_preferences_rels" USING btree ("api_clients_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "brand_guidelines_terminology_order_idx" ON "brand_guidelines_terminology" USING btree ("_order");
  CREATE INDEX "brand_guidelines_terminology_parent_id_idx" ON "brand_guidelines_terminology" USING btree ("_parent_id");
  CREATE INDEX "brand_guidelines_claims_words_order_idx" ON "brand_guidelines_claims_words" USING btree ("_order");
  CREATE INDEX "brand_guidelines_claims_words_parent_id_idx" ON "brand_guidelines_claims_words" USING btree ("_parent_id");
  CREATE INDEX "brand_guidelines_last_recheck_failing_order_idx" ON "brand_guidelines_last_recheck_failing" USING btree ("_order");
  CREATE INDEX "brand_guidelines_last_recheck_failing_parent_id_idx" ON "brand_guidelines_last_recheck_failing" USING btree ("_parent_id");
  CREATE INDEX "brand_guidelines_disclaimers_disclaimers_articles_idx" ON "brand_guidelines" USING btree ("disclaimers_articles_id");
  CREATE INDEX "brand_guidelines_disclaimers_disclaimers_pamphlets_idx" ON "brand_guidelines" USING btree ("disclaimers_pamphlets_id");
  CREATE INDEX "brand_guidelines_disclaimers_disclaimers_videos_idx" ON "brand_guidelines" USING btree ("disclaimers_videos_id");
  CREATE INDEX "brand_guidelines_disclaimers_disclaimers_events_idx" ON "brand_guidelines" USING btree ("disclaimers_events_id");
  CREATE INDEX "brand_guidelines_texts_order_parent" ON "brand_guidelines_texts" USING btree ("order","parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_stages" CASCADE;
  DROP TABLE "articles_channels" CASCADE;
  DROP TABLE "articles_citations" CASCADE;
  DROP TABLE "articles_variants" CASCADE;
  DROP TABLE "articles_variants_locales" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_stages" CASCADE;
  DROP TABLE "_articles_v_version_channels" CASCADE;
  DROP TABLE "_articles_v_version_citations" CASCADE;
  DROP TABLE "_articles_v_version_variants" CASCADE;
  DROP TABLE "_articles_v_version_variants_locales" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "pamphlets_stages" CASCADE;
  DROP TABLE "pamphlets_channels" CASCADE;
  DROP TABLE "pamphlets_citations" CASCADE;
  DROP TABLE "pamphlets_variants" CASCADE;
  DROP TABLE "pamphlets_variants_locales" CASCADE;
  DROP TABLE "pamphlets" CASCADE;
  DROP TABLE "pamphlets_locales" CASCADE;
  DROP TABLE "pamphlets_rels" CASCADE;
  DROP TABLE "_pamphlets_v_version_stages" CASCADE;
  DROP TABLE "_pamphlets_v_version_channels" CASCADE;
  DROP TABLE "_pamphlets_v_version_citations" CASCADE;
  DROP TABLE "_pamphlets_v_version_variants" CASCADE;
  DROP TABLE "_pamphlets_v_version_variants_locales" CASCADE;
  DROP TABLE "_pamphlets_v" CASCADE;
  DROP TABLE "_pamphlets_v_locales" CASCADE;
  DROP TABLE "_pamphlets_v_rels" CASCADE;
  DROP TABLE "videos_stages" CASCADE;
  DROP TABLE "videos_channels" CASCADE;
  DROP TABLE "videos_citations" CASCADE;
  DROP TABLE "videos_variants" CASCADE;
  DROP TABLE "videos_variants_locales" CASCADE;
  DROP TABLE "videos" CASCADE;
  DROP TABLE "videos_locales" CASCADE;
  DROP TABLE "videos_rels" CASCADE;
  DROP TABLE "_videos_v_version_stages" CASCADE;
  DROP TABLE "_videos_v_version_channels" CASCADE;
  DROP TABLE "_videos_v_version_citations" CASCADE;
  DROP TABLE "_videos_v_version_variants" CASCADE;
  DROP TABLE "_videos_v_version_variants_locales" CASCADE;
  DROP TABLE "_videos_v" CASCADE;
  DROP TABLE "_videos_v_locales" CASCADE;
  DROP TABLE "_videos_v_rels" CASCADE;
  DROP TABLE "events_stages" CASCADE;
  DROP TABLE "events_channels" CASCADE;
  DROP TABLE "events_citations" CASCADE;
  DROP TABLE "events_variants" CASCADE;
  DROP TABLE "events_variants_locales" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v_version_stages" CASCADE;
  DROP TABLE "_events_v_version_channels" CASCADE;
  DROP TABLE "_events_v_version_citations" CASCADE;
  DROP TABLE "_events_v_version_variants" CASCADE;
  DROP TABLE "_events_v_version_variants_locales" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "conditions" CASCADE;
  DROP TABLE "conditions_locales" CASCADE;
  DROP TABLE "conditions_texts" CASCADE;
  DROP TABLE "segments" CASCADE;
  DROP TABLE "segments_locales" CASCADE;
  DROP TABLE "snippets" CASCADE;
  DROP TABLE "snippets_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_locales" CASCADE;
  DROP TABLE "video_files" CASCADE;
  DROP TABLE "caption_files" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "api_clients" CASCADE;
  DROP TABLE "webhooks_events" CASCADE;
  DROP TABLE "webhooks_types" CASCADE;
  DROP TABLE "webhooks_stages" CASCADE;
  DROP TABLE "webhooks" CASCADE;
  DROP TABLE "webhooks_texts" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "content_events_stages" CASCADE;
  DROP TABLE "content_events" CASCADE;
  DROP TABLE "content_events_texts" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "brand_guidelines_terminology" CASCADE;
  DROP TABLE "brand_guidelines_claims_words" CASCADE;
  DROP TABLE "brand_guidelines_last_recheck_failing" CASCADE;
  DROP TABLE "brand_guidelines" CASCADE;
  DROP TABLE "brand_guidelines_texts" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_articles_stages";
  DROP TYPE "public"."enum_articles_channels";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_stages";
  DROP TYPE "public"."enum__articles_v_version_channels";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_pamphlets_stages";
  DROP TYPE "public"."enum_pamphlets_channels";
  DROP TYPE "public"."enum_pamphlets_status";
  DROP TYPE "public"."enum__pamphlets_v_version_stages";
  DROP TYPE "public"."enum__pamphlets_v_version_channels";
  DROP TYPE "public"."enum__pamphlets_v_version_status";
  DROP TYPE "public"."enum__pamphlets_v_published_locale";
  DROP TYPE "public"."enum_videos_stages";
  DROP TYPE "public"."enum_videos_channels";
  DROP TYPE "public"."enum_videos_source";
  DROP TYPE "public"."enum_videos_status";
  DROP TYPE "public"."enum__videos_v_version_stages";
  DROP TYPE "public"."enum__videos_v_version_channels";
  DROP TYPE "public"."enum__videos_v_version_source";
  DROP TYPE "public"."enum__videos_v_version_status";
  DROP TYPE "public"."enum__videos_v_published_locale";
  DROP TYPE "public"."enum_events_stages";
  DROP TYPE "public"."enum_events_channels";
  DROP TYPE "public"."enum_events_kind";
  DROP TYPE "public"."enum_events_event_status";
  DROP TYPE "public"."enum_events_attendance";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_stages";
  DROP TYPE "public"."enum__events_v_version_channels";
  DROP TYPE "public"."enum__events_v_version_kind";
  DROP TYPE "public"."enum__events_v_version_attendance";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_caption_files_language";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_api_clients_kind";
  DROP TYPE "public"."enum_webhooks_events";
  DROP TYPE "public"."enum_webhooks_types";
  DROP TYPE "public"."enum_webhooks_stages";
  DROP TYPE "public"."enum_webhook_deliveries_message_type";
  DROP TYPE "public"."enum_webhook_deliveries_status";
  DROP TYPE "public"."enum_content_events_stages";
  DROP TYPE "public"."enum_content_events_action";
  DROP TYPE "public"."enum_content_events_type";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_brand_guidelines_terminology_locale";
  DROP TYPE "public"."enum_brand_guidelines_claims_words_locale";
  DROP TYPE "public"."enum_brand_guidelines_severity_reading_level";
  DROP TYPE "public"."enum_brand_guidelines_severity_terminology";
  DROP TYPE "public"."enum_brand_guidelines_severity_claims";
  DROP TYPE "public"."enum_brand_guidelines_severity_required_disclaimer";
  DROP TYPE "public"."enum_brand_guidelines_severity_title_length";
  DROP TYPE "public"."enum_brand_guidelines_severity_summary_length";
  DROP TYPE "public"."enum_brand_guidelines_severity_link_text";
  DROP TYPE "public"."enum_brand_guidelines_severity_image_alt";
  DROP TYPE "public"."enum_brand_guidelines_severity_video_accessibility";
  DROP TYPE "public"."enum_brand_guidelines_severity_exclamations";
  DROP TYPE "public"."enum_brand_guidelines_severity_medical_review_freshness";
  DROP TYPE "public"."enum_brand_guidelines_readability_formula";`)
}
