import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillAdminTitles } from '../../localApi/adminTitles'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_query_presets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`is_shared\` integer DEFAULT false,
  	\`access_read_constraint\` text DEFAULT 'onlyMe',
  	\`access_update_constraint\` text DEFAULT 'onlyMe',
  	\`access_delete_constraint\` text DEFAULT 'onlyMe',
  	\`where\` text,
  	\`columns\` text,
  	\`group_by\` text,
  	\`related_collection\` text NOT NULL,
  	\`is_temp\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_query_presets_updated_at_idx\` ON \`payload_query_presets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_created_at_idx\` ON \`payload_query_presets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_query_presets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_query_presets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_order_idx\` ON \`payload_query_presets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_parent_idx\` ON \`payload_query_presets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_path_idx\` ON \`payload_query_presets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_query_presets_rels_users_id_idx\` ON \`payload_query_presets_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`admin_title\` text;`)
  await db.run(sql`CREATE INDEX \`articles_admin_title_idx\` ON \`articles_locales\` (\`admin_title\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_admin_title\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_admin_title_idx\` ON \`_articles_v_locales\` (\`version_admin_title\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`pamphlets_locales\` ADD \`admin_title\` text;`)
  await db.run(sql`CREATE INDEX \`pamphlets_admin_title_idx\` ON \`pamphlets_locales\` (\`admin_title\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v_locales\` ADD \`version_admin_title\` text;`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_version_admin_title_idx\` ON \`_pamphlets_v_locales\` (\`version_admin_title\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`videos_locales\` ADD \`admin_title\` text;`)
  await db.run(sql`CREATE INDEX \`videos_admin_title_idx\` ON \`videos_locales\` (\`admin_title\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_videos_v_locales\` ADD \`version_admin_title\` text;`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_admin_title_idx\` ON \`_videos_v_locales\` (\`version_admin_title\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`admin_title\` text;`)
  await db.run(sql`CREATE INDEX \`events_admin_title_idx\` ON \`events_locales\` (\`admin_title\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_admin_title\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_admin_title_idx\` ON \`_events_v_locales\` (\`version_admin_title\`,\`_locale\`);`)
  // Existing items get their list title in every language (the title, or the other language's marked "(es) …").
  await backfillAdminTitles(payload, { db, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_query_presets\`;`)
  await db.run(sql`DROP TABLE \`payload_query_presets_rels\`;`)
  await db.run(sql`DROP INDEX \`articles_admin_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`admin_title\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_admin_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_admin_title\`;`)
  await db.run(sql`DROP INDEX \`pamphlets_admin_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`pamphlets_locales\` DROP COLUMN \`admin_title\`;`)
  await db.run(sql`DROP INDEX \`_pamphlets_v_version_version_admin_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v_locales\` DROP COLUMN \`version_admin_title\`;`)
  await db.run(sql`DROP INDEX \`videos_admin_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`videos_locales\` DROP COLUMN \`admin_title\`;`)
  await db.run(sql`DROP INDEX \`_videos_v_version_version_admin_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v_locales\` DROP COLUMN \`version_admin_title\`;`)
  await db.run(sql`DROP INDEX \`events_admin_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`events_locales\` DROP COLUMN \`admin_title\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_admin_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` DROP COLUMN \`version_admin_title\`;`)
}
