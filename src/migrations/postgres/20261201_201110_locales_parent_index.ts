import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "articles_variants_locales_parent_idx" ON "articles_variants_locales" USING btree ("_parent_id");
  CREATE INDEX "articles_locales_parent_idx" ON "articles_locales" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_variants_locales_parent_idx" ON "_articles_v_version_variants_locales" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_locales_parent_idx" ON "_articles_v_locales" USING btree ("_parent_id");
  CREATE INDEX "pamphlets_variants_locales_parent_idx" ON "pamphlets_variants_locales" USING btree ("_parent_id");
  CREATE INDEX "pamphlets_locales_parent_idx" ON "pamphlets_locales" USING btree ("_parent_id");
  CREATE INDEX "_pamphlets_v_version_variants_locales_parent_idx" ON "_pamphlets_v_version_variants_locales" USING btree ("_parent_id");
  CREATE INDEX "_pamphlets_v_locales_parent_idx" ON "_pamphlets_v_locales" USING btree ("_parent_id");
  CREATE INDEX "videos_variants_locales_parent_idx" ON "videos_variants_locales" USING btree ("_parent_id");
  CREATE INDEX "videos_locales_parent_idx" ON "videos_locales" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_version_variants_locales_parent_idx" ON "_videos_v_version_variants_locales" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_locales_parent_idx" ON "_videos_v_locales" USING btree ("_parent_id");
  CREATE INDEX "events_variants_locales_parent_idx" ON "events_variants_locales" USING btree ("_parent_id");
  CREATE INDEX "events_locales_parent_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_variants_locales_parent_idx" ON "_events_v_version_variants_locales" USING btree ("_parent_id");
  CREATE INDEX "_events_v_locales_parent_idx" ON "_events_v_locales" USING btree ("_parent_id");
  CREATE INDEX "conditions_locales_parent_idx" ON "conditions_locales" USING btree ("_parent_id");
  CREATE INDEX "segments_locales_parent_idx" ON "segments_locales" USING btree ("_parent_id");
  CREATE INDEX "snippets_locales_parent_idx" ON "snippets_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "documents_locales_parent_idx" ON "documents_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_variants_locales_parent_idx";
  DROP INDEX "articles_locales_parent_idx";
  DROP INDEX "_articles_v_version_variants_locales_parent_idx";
  DROP INDEX "_articles_v_locales_parent_idx";
  DROP INDEX "pamphlets_variants_locales_parent_idx";
  DROP INDEX "pamphlets_locales_parent_idx";
  DROP INDEX "_pamphlets_v_version_variants_locales_parent_idx";
  DROP INDEX "_pamphlets_v_locales_parent_idx";
  DROP INDEX "videos_variants_locales_parent_idx";
  DROP INDEX "videos_locales_parent_idx";
  DROP INDEX "_videos_v_version_variants_locales_parent_idx";
  DROP INDEX "_videos_v_locales_parent_idx";
  DROP INDEX "events_variants_locales_parent_idx";
  DROP INDEX "events_locales_parent_idx";
  DROP INDEX "_events_v_version_variants_locales_parent_idx";
  DROP INDEX "_events_v_locales_parent_idx";
  DROP INDEX "conditions_locales_parent_idx";
  DROP INDEX "segments_locales_parent_idx";
  DROP INDEX "snippets_locales_parent_idx";
  DROP INDEX "media_locales_parent_idx";
  DROP INDEX "documents_locales_parent_idx";`)
}
