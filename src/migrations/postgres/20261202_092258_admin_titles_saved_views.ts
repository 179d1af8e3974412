import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillAdminTitles } from '../../localApi/adminTitles'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_payload_query_presets_access_read_constraint" AS ENUM('everyone', 'onlyMe', 'specificUsers');
  CREATE TYPE "public"."enum_payload_query_presets_access_update_constraint" AS ENUM('everyone', 'onlyMe', 'specificUsers', 'admins');
  CREATE TYPE "public"."enum_payload_query_presets_access_delete_constraint" AS ENUM('everyone', 'onlyMe', 'specificUsers', 'admins');
  CREATE TYPE "public"."enum_payload_query_presets_related_collection" AS ENUM('articles', 'pamphlets', 'videos', 'events');
  CREATE TABLE "payload_query_presets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"is_shared" boolean DEFAULT false,
  	"access_read_constraint" "enum_payload_query_presets_access_read_constraint" DEFAULT 'onlyMe',
  	"access_update_constraint" "enum_payload_query_presets_access_update_constraint" DEFAULT 'onlyMe',
  	"access_delete_constraint" "enum_payload_query_presets_access_delete_constraint" DEFAULT 'onlyMe',
  	"where" jsonb,
  	"columns" jsonb,
  	"group_by" varchar,
  	"related_collection" "enum_payload_query_presets_related_collection" NOT NULL,
  	"is_temp" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_query_presets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "articles_locales" ADD COLUMN "admin_title" varchar;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_admin_title" varchar;
  ALTER TABLE "pamphlets_locales" ADD COLUMN "admin_title" varchar;
  ALTER TABLE "_pamphlets_v_locales" ADD COLUMN "version_admin_title" varchar;
  ALTER TABLE "videos_locales" ADD COLUMN "admin_title" varchar;
  ALTER TABLE "_videos_v_locales" ADD COLUMN "version_admin_title" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "admin_title" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_admin_title" varchar;
  ALTER TABLE "payload_query_presets_rels" ADD CONSTRAINT "payload_query_presets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_query_presets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_query_presets_rels" ADD CONSTRAINT "payload_query_presets_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_query_presets_updated_at_idx" ON "payload_query_presets" USING btree ("updated_at");
  CREATE INDEX "payload_query_presets_created_at_idx" ON "payload_query_presets" USING btree ("created_at");
  CREATE INDEX "payload_query_presets_rels_order_idx" ON "payload_query_presets_rels" USING btree ("order");
  CREATE INDEX "payload_query_presets_rels_parent_idx" ON "payload_query_presets_rels" USING btree ("parent_id");
  CREATE INDEX "payload_query_presets_rels_path_idx" ON "payload_query_presets_rels" USING btree ("path");
  CREATE INDEX "payload_query_presets_rels_users_id_idx" ON "payload_query_presets_rels" USING btree ("users_id");
  CREATE INDEX "articles_admin_title_idx" ON "articles_locales" USING btree ("admin_title","_locale");
  CREATE INDEX "_articles_v_version_version_admin_title_idx" ON "_articles_v_locales" USING btree ("version_admin_title","_locale");
  CREATE INDEX "pamphlets_admin_title_idx" ON "pamphlets_locales" USING btree ("admin_title","_locale");
  CREATE INDEX "_pamphlets_v_version_version_admin_title_idx" ON "_pamphlets_v_locales" USING btree ("version_admin_title","_locale");
  CREATE INDEX "videos_admin_title_idx" ON "videos_locales" USING btree ("admin_title","_locale");
  CREATE INDEX "_videos_v_version_version_admin_title_idx" ON "_videos_v_locales" USING btree ("version_admin_title","_locale");
  CREATE INDEX "events_admin_title_idx" ON "events_locales" USING btree ("admin_title","_locale");
  CREATE INDEX "_events_v_version_version_admin_title_idx" ON "_events_v_locales" USING btree ("version_admin_title","_locale");`)
  // Existing items get their list title in every language (the title, or the other language's marked "(es) …").
  await backfillAdminTitles(payload, { db, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_query_presets" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_query_presets_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload_query_presets" CASCADE;
  DROP TABLE "payload_query_presets_rels" CASCADE;
  DROP INDEX "articles_admin_title_idx";
  DROP INDEX "_articles_v_version_version_admin_title_idx";
  DROP INDEX "pamphlets_admin_title_idx";
  DROP INDEX "_pamphlets_v_version_version_admin_title_idx";
  DROP INDEX "videos_admin_title_idx";
  DROP INDEX "_videos_v_version_version_admin_title_idx";
  DROP INDEX "events_admin_title_idx";
  DROP INDEX "_events_v_version_version_admin_title_idx";
  ALTER TABLE "articles_locales" DROP COLUMN "admin_title";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_admin_title";
  ALTER TABLE "pamphlets_locales" DROP COLUMN "admin_title";
  ALTER TABLE "_pamphlets_v_locales" DROP COLUMN "version_admin_title";
  ALTER TABLE "videos_locales" DROP COLUMN "admin_title";
  ALTER TABLE "_videos_v_locales" DROP COLUMN "version_admin_title";
  ALTER TABLE "events_locales" DROP COLUMN "admin_title";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_admin_title";
  DROP TYPE "public"."enum_payload_query_presets_access_read_constraint";
  DROP TYPE "public"."enum_payload_query_presets_access_update_constraint";
  DROP TYPE "public"."enum_payload_query_presets_access_delete_constraint";
  DROP TYPE "public"."enum_payload_query_presets_related_collection";`)
}
