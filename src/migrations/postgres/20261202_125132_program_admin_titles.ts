import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "programs_locales" ADD COLUMN "admin_title" varchar;
  ALTER TABLE "_programs_v_locales" ADD COLUMN "version_admin_title" varchar;
  CREATE INDEX "programs_admin_title_idx" ON "programs_locales" USING btree ("admin_title","_locale");
  CREATE INDEX "_programs_v_version_version_admin_title_idx" ON "_programs_v_locales" USING btree ("version_admin_title","_locale");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "programs_admin_title_idx";
  DROP INDEX "_programs_v_version_version_admin_title_idx";
  ALTER TABLE "programs_locales" DROP COLUMN "admin_title";
  ALTER TABLE "_programs_v_locales" DROP COLUMN "version_admin_title";`)
}
