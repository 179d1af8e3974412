import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_brand_status" AS ENUM('errors', 'warnings', 'passes');
  CREATE TYPE "public"."enum__articles_v_version_brand_status" AS ENUM('errors', 'warnings', 'passes');
  CREATE TYPE "public"."enum_pamphlets_brand_status" AS ENUM('errors', 'warnings', 'passes');
  CREATE TYPE "public"."enum__pamphlets_v_version_brand_status" AS ENUM('errors', 'warnings', 'passes');
  CREATE TYPE "public"."enum_videos_brand_status" AS ENUM('errors', 'warnings', 'passes');
  CREATE TYPE "public"."enum__videos_v_version_brand_status" AS ENUM('errors', 'warnings', 'passes');
  CREATE TYPE "public"."enum_events_brand_status" AS ENUM('errors', 'warnings', 'passes');
  CREATE TYPE "public"."enum__events_v_version_brand_status" AS ENUM('errors', 'warnings', 'passes');
  ALTER TABLE "articles_locales" ADD COLUMN "brand_status" "enum_articles_brand_status";
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_brand_status" "enum__articles_v_version_brand_status";
  ALTER TABLE "pamphlets_locales" ADD COLUMN "brand_status" "enum_pamphlets_brand_status";
  ALTER TABLE "_pamphlets_v_locales" ADD COLUMN "version_brand_status" "enum__pamphlets_v_version_brand_status";
  ALTER TABLE "videos_locales" ADD COLUMN "brand_status" "enum_videos_brand_status";
  ALTER TABLE "_videos_v_locales" ADD COLUMN "version_brand_status" "enum__videos_v_version_brand_status";
  ALTER TABLE "events_locales" ADD COLUMN "brand_status" "enum_events_brand_status";
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_brand_status" "enum__events_v_version_brand_status";
  CREATE INDEX "articles_brand_status_idx" ON "articles_locales" USING btree ("brand_status","_locale");
  CREATE INDEX "_articles_v_version_version_brand_status_idx" ON "_articles_v_locales" USING btree ("version_brand_status","_locale");
  CREATE INDEX "pamphlets_brand_status_idx" ON "pamphlets_locales" USING btree ("brand_status","_locale");
  CREATE INDEX "_pamphlets_v_version_version_brand_status_idx" ON "_pamphlets_v_locales" USING btree ("version_brand_status","_locale");
  CREATE INDEX "videos_brand_status_idx" ON "videos_locales" USING btree ("brand_status","_locale");
  CREATE INDEX "_videos_v_version_version_brand_status_idx" ON "_videos_v_locales" USING btree ("version_brand_status","_locale");
  CREATE INDEX "events_brand_status_idx" ON "events_locales" USING btree ("brand_status","_locale");
  CREATE INDEX "_events_v_version_version_brand_status_idx" ON "_events_v_locales" USING btree ("version_brand_status","_locale");
  -- Existing items: the status their stored brand report already says (errors win over warnings), as the gate writes it.
  UPDATE "articles_locales" SET "brand_status" = (CASE WHEN ("brand_check"->>'errors')::int > 0 THEN 'errors' WHEN ("brand_check"->>'warnings')::int > 0 THEN 'warnings' ELSE 'passes' END)::"enum_articles_brand_status" WHERE "brand_check" IS NOT NULL AND jsonb_typeof("brand_check") = 'object';
  UPDATE "_articles_v_locales" SET "version_brand_status" = (CASE WHEN ("version_brand_check"->>'errors')::int > 0 THEN 'errors' WHEN ("version_brand_check"->>'warnings')::int > 0 THEN 'warnings' ELSE 'passes' END)::"enum__articles_v_version_brand_status" WHERE "version_brand_check" IS NOT NULL AND jsonb_typeof("version_brand_check") = 'object';
  UPDATE "pamphlets_locales" SET "brand_status" = (CASE WHEN ("brand_check"->>'errors')::int > 0 THEN 'errors' WHEN ("brand_check"->>'warnings')::int > 0 THEN 'warnings' ELSE 'passes' END)::"enum_pamphlets_brand_status" WHERE "brand_check" IS NOT NULL AND jsonb_typeof("brand_check") = 'object';
  UPDATE "_pamphlets_v_locales" SET "version_brand_status" = (CASE WHEN ("version_brand_check"->>'errors')::int > 0 THEN 'errors' WHEN ("version_brand_check"->>'warnings')::int > 0 THEN 'warnings' ELSE 'passes' END)::"enum__pamphlets_v_version_brand_status" WHERE "version_brand_check" IS NOT NULL AND jsonb_typeof("version_brand_check") = 'object';
  UPDATE "videos_locales" SET "brand_status" = (CASE WHEN ("brand_check"->>'errors')::int > 0 THEN 'errors' WHEN ("brand_check"->>'warnings')::int > 0 THEN 'warnings' ELSE 'passes' END)::"enum_videos_brand_status" WHERE "brand_check" IS NOT NULL AND jsonb_typeof("brand_check") = 'object';
  UPDATE "_videos_v_locales" SET "version_brand_status" = (CASE WHEN ("version_brand_check"->>'errors')::int > 0 THEN 'errors' WHEN ("version_brand_check"->>'warnings')::int > 0 THEN 'warnings' ELSE 'passes' END)::"enum__videos_v_version_brand_status" WHERE "version_brand_check" IS NOT NULL AND jsonb_typeof("version_brand_check") = 'object';
  UPDATE "events_locales" SET "brand_status" = (CASE WHEN ("brand_check"->>'errors')::int > 0 THEN 'errors' WHEN ("brand_check"->>'warnings')::int > 0 THEN 'warnings' ELSE 'passes' END)::"enum_events_brand_status" WHERE "brand_check" IS NOT NULL AND jsonb_typeof("brand_check") = 'object';
  UPDATE "_events_v_locales" SET "version_brand_status" = (CASE WHEN ("version_brand_check"->>'errors')::int > 0 THEN 'errors' WHEN ("version_brand_check"->>'warnings')::int > 0 THEN 'warnings' ELSE 'passes' END)::"enum__events_v_version_brand_status" WHERE "version_brand_check" IS NOT NULL AND jsonb_typeof("version_brand_check") = 'object';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_brand_status_idx";
  DROP INDEX "_articles_v_version_version_brand_status_idx";
  DROP INDEX "pamphlets_brand_status_idx";
  DROP INDEX "_pamphlets_v_version_version_brand_status_idx";
  DROP INDEX "videos_brand_status_idx";
  DROP INDEX "_videos_v_version_version_brand_status_idx";
  DROP INDEX "events_brand_status_idx";
  DROP INDEX "_events_v_version_version_brand_status_idx";
  ALTER TABLE "articles_locales" DROP COLUMN "brand_status";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_brand_status";
  ALTER TABLE "pamphlets_locales" DROP COLUMN "brand_status";
  ALTER TABLE "_pamphlets_v_locales" DROP COLUMN "version_brand_status";
  ALTER TABLE "videos_locales" DROP COLUMN "brand_status";
  ALTER TABLE "_videos_v_locales" DROP COLUMN "version_brand_status";
  ALTER TABLE "events_locales" DROP COLUMN "brand_status";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_brand_status";
  DROP TYPE "public"."enum_articles_brand_status";
  DROP TYPE "public"."enum__articles_v_version_brand_status";
  DROP TYPE "public"."enum_pamphlets_brand_status";
  DROP TYPE "public"."enum__pamphlets_v_version_brand_status";
  DROP TYPE "public"."enum_videos_brand_status";
  DROP TYPE "public"."enum__videos_v_version_brand_status";
  DROP TYPE "public"."enum_events_brand_status";
  DROP TYPE "public"."enum__events_v_version_brand_status";`)
}
