import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_snippets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__snippets_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__snippets_v_published_locale" AS ENUM('en', 'es');
  CREATE TABLE "_snippets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_clinical" boolean DEFAULT true,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__snippets_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__snippets_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_snippets_v_locales" (
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "snippets" ALTER COLUMN "title" DROP NOT NULL;
  ALTER TABLE "snippets_locales" ALTER COLUMN "body" DROP NOT NULL;
  ALTER TABLE "snippets" ADD COLUMN "clinical" boolean DEFAULT true;
  ALTER TABLE "snippets" ADD COLUMN "_status" "enum_snippets_status" DEFAULT 'draft';
  UPDATE "snippets" SET "_status" = 'published'; -- snippets live before drafts existed stay published
  ALTER TABLE "_snippets_v" ADD CONSTRAINT "_snippets_v_parent_id_snippets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."snippets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_snippets_v_locales" ADD CONSTRAINT "_snippets_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_snippets_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "_snippets_v_parent_idx" ON "_snippets_v" USING btree ("parent_id");
  CREATE INDEX "_snippets_v_version_version_slug_idx" ON "_snippets_v" USING btree ("version_slug");
  CREATE INDEX "_snippets_v_version_version_updated_at_idx" ON "_snippets_v" USING btree ("version_updated_at");
  CREATE INDEX "_snippets_v_version_version_created_at_idx" ON "_snippets_v" USING btree ("version_created_at");
  CREATE INDEX "_snippets_v_version_version__status_idx" ON "_snippets_v" USING btree ("version__status");
  CREATE INDEX "_snippets_v_created_at_idx" ON "_snippets_v" USING btree ("created_at");
  CREATE INDEX "_snippets_v_updated_at_idx" ON "_snippets_v" USING btree ("updated_at");
  CREATE INDEX "_snippets_v_snapshot_idx" ON "_snippets_v" USING btree ("snapshot");
  CREATE INDEX "_snippets_v_published_locale_idx" ON "_snippets_v" USING btree ("published_locale");
  CREATE INDEX "_snippets_v_latest_idx" ON "_snippets_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_snippets_v_locales_locale_parent_id_unique" ON "_snippets_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_snippets_v_locales_parent_idx" ON "_snippets_v_locales" USING btree ("_parent_id");
  CREATE INDEX "snippets__status_idx" ON "snippets" USING btree ("_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "_snippets_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_snippets_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "_snippets_v" CASCADE;
  DROP TABLE "_snippets_v_locales" CASCADE;
  DROP INDEX "snippets__status_idx";
  ALTER TABLE "snippets" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "snippets_locales" ALTER COLUMN "body" SET NOT NULL;
  ALTER TABLE "snippets" DROP COLUMN "clinical";
  ALTER TABLE "snippets" DROP COLUMN "_status";
  DROP TYPE "public"."enum_snippets_status";
  DROP TYPE "public"."enum__snippets_v_version_status";
  DROP TYPE "public"."enum__snippets_v_published_locale";`)
}
