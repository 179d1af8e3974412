import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_stages_order_idx\` ON \`articles_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_stages_parent_idx\` ON \`articles_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_stages_value_idx\` ON \`articles_stages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`articles_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_channels_order_idx\` ON \`articles_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_channels_parent_idx\` ON \`articles_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_citations_order_idx\` ON \`articles_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_citations_parent_id_idx\` ON \`articles_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_variants_order_idx\` ON \`articles_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_variants_parent_id_idx\` ON \`articles_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_variants_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles_variants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_variants_locales_locale_parent_id_unique\` ON \`articles_variants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`hero_image_id\` integer,
  	\`clinical\` integer DEFAULT true,
  	\`medical_reviewed_at\` text,
  	\`medical_reviewer\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_medical_reviewed_at_idx\` ON \`articles\` (\`medical_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`word_count\` numeric,
  	\`reading_time_minutes\` numeric,
  	\`body\` text,
  	\`translation_complete\` integer DEFAULT false,
  	\`brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_title_idx\` ON \`articles_locales\` (\`title\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`segments_id\` integer,
  	\`articles_id\` integer,
  	\`pamphlets_id\` integer,
  	\`videos_id\` integer,
  	\`events_id\` integer,
  	\`snippets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pamphlets_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`snippets_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_conditions_id_idx\` ON \`articles_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_segments_id_idx\` ON \`articles_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_articles_id_idx\` ON \`articles_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_pamphlets_id_idx\` ON \`articles_rels\` (\`pamphlets_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_videos_id_idx\` ON \`articles_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_events_id_idx\` ON \`articles_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_snippets_id_idx\` ON \`articles_rels\` (\`snippets_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_stages_order_idx\` ON \`_articles_v_version_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_stages_parent_idx\` ON \`_articles_v_version_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_stages_value_idx\` ON \`_articles_v_version_stages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_channels_order_idx\` ON \`_articles_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_channels_parent_idx\` ON \`_articles_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_citations_order_idx\` ON \`_articles_v_version_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_citations_parent_id_idx\` ON \`_articles_v_version_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_variants_order_idx\` ON \`_articles_v_version_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_variants_parent_id_idx\` ON \`_articles_v_version_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_variants_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v_version_variants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_version_variants_locales_locale_parent_id_unique\` ON \`_articles_v_version_variants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_hero_image_id\` integer,
  	\`version_clinical\` integer DEFAULT true,
  	\`version_medical_reviewed_at\` text,
  	\`version_medical_reviewer\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_medical_reviewed_at_idx\` ON \`_articles_v\` (\`version_medical_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_word_count\` numeric,
  	\`version_reading_time_minutes\` numeric,
  	\`version_body\` text,
  	\`version_translation_complete\` integer DEFAULT false,
  	\`version_brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_title_idx\` ON \`_articles_v_locales\` (\`version_title\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`segments_id\` integer,
  	\`articles_id\` integer,
  	\`pamphlets_id\` integer,
  	\`videos_id\` integer,
  	\`events_id\` integer,
  	\`snippets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pamphlets_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`snippets_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_conditions_id_idx\` ON \`_articles_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_segments_id_idx\` ON \`_articles_v_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_articles_id_idx\` ON \`_articles_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_pamphlets_id_idx\` ON \`_articles_v_rels\` (\`pamphlets_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_videos_id_idx\` ON \`_articles_v_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_events_id_idx\` ON \`_articles_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_snippets_id_idx\` ON \`_articles_v_rels\` (\`snippets_id\`);`)
  await db.run(sql`CREATE TABLE \`pamphlets_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pamphlets_stages_order_idx\` ON \`pamphlets_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_stages_parent_idx\` ON \`pamphlets_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_stages_value_idx\` ON \`pamphlets_stages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`pamphlets_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pamphlets_channels_order_idx\` ON \`pamphlets_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_channels_parent_idx\` ON \`pamphlets_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pamphlets_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pamphlets_citations_order_idx\` ON \`pamphlets_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_citations_parent_id_idx\` ON \`pamphlets_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pamphlets_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pamphlets_variants_order_idx\` ON \`pamphlets_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_variants_parent_id_idx\` ON \`pamphlets_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pamphlets_variants_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pamphlets_variants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pamphlets_variants_locales_locale_parent_id_unique\` ON \`pamphlets_variants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pamphlets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`cover_image_id\` integer,
  	\`clinical\` integer DEFAULT true,
  	\`medical_reviewed_at\` text,
  	\`medical_reviewer\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pamphlets_slug_idx\` ON \`pamphlets\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_cover_image_idx\` ON \`pamphlets\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_medical_reviewed_at_idx\` ON \`pamphlets\` (\`medical_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_updated_at_idx\` ON \`pamphlets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_created_at_idx\` ON \`pamphlets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets__status_idx\` ON \`pamphlets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pamphlets_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`pdf_id\` integer,
  	\`body\` text,
  	\`translation_complete\` integer DEFAULT false,
  	\`brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pamphlets_title_idx\` ON \`pamphlets_locales\` (\`title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_pdf_idx\` ON \`pamphlets_locales\` (\`pdf_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pamphlets_locales_locale_parent_id_unique\` ON \`pamphlets_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pamphlets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`segments_id\` integer,
  	\`articles_id\` integer,
  	\`pamphlets_id\` integer,
  	\`videos_id\` integer,
  	\`events_id\` integer,
  	\`snippets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pamphlets_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`snippets_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pamphlets_rels_order_idx\` ON \`pamphlets_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_rels_parent_idx\` ON \`pamphlets_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_rels_path_idx\` ON \`pamphlets_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_rels_conditions_id_idx\` ON \`pamphlets_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_rels_segments_id_idx\` ON \`pamphlets_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_rels_articles_id_idx\` ON \`pamphlets_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_rels_pamphlets_id_idx\` ON \`pamphlets_rels\` (\`pamphlets_id\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_rels_videos_id_idx\` ON \`pamphlets_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_rels_events_id_idx\` ON \`pamphlets_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_rels_snippets_id_idx\` ON \`pamphlets_rels\` (\`snippets_id\`);`)
  await db.run(sql`CREATE TABLE \`_pamphlets_v_version_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pamphlets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_stages_order_idx\` ON \`_pamphlets_v_version_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_stages_parent_idx\` ON \`_pamphlets_v_version_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_stages_value_idx\` ON \`_pamphlets_v_version_stages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_pamphlets_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pamphlets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_channels_order_idx\` ON \`_pamphlets_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_channels_parent_idx\` ON \`_pamphlets_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pamphlets_v_version_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pamphlets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_citations_order_idx\` ON \`_pamphlets_v_version_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_citations_parent_id_idx\` ON \`_pamphlets_v_version_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pamphlets_v_version_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pamphlets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_variants_order_idx\` ON \`_pamphlets_v_version_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_variants_parent_id_idx\` ON \`_pamphlets_v_version_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pamphlets_v_version_variants_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pamphlets_v_version_variants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pamphlets_v_version_variants_locales_locale_parent_id_uniqu\` ON \`_pamphlets_v_version_variants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pamphlets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_cover_image_id\` integer,
  	\`version_clinical\` integer DEFAULT true,
  	\`version_medical_reviewed_at\` text,
  	\`version_medical_reviewer\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_parent_idx\` ON \`_pamphlets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_version_slug_idx\` ON \`_pamphlets_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_version_cover_image_idx\` ON \`_pamphlets_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_version_medical_reviewed_at_idx\` ON \`_pamphlets_v\` (\`version_medical_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_version_updated_at_idx\` ON \`_pamphlets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_version_created_at_idx\` ON \`_pamphlets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_version__status_idx\` ON \`_pamphlets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_created_at_idx\` ON \`_pamphlets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_updated_at_idx\` ON \`_pamphlets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_snapshot_idx\` ON \`_pamphlets_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_published_locale_idx\` ON \`_pamphlets_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_latest_idx\` ON \`_pamphlets_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_pamphlets_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_pdf_id\` integer,
  	\`version_body\` text,
  	\`version_translation_complete\` integer DEFAULT false,
  	\`version_brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pamphlets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_version_title_idx\` ON \`_pamphlets_v_locales\` (\`version_title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_version_pdf_idx\` ON \`_pamphlets_v_locales\` (\`version_pdf_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_pamphlets_v_locales_locale_parent_id_unique\` ON \`_pamphlets_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pamphlets_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`segments_id\` integer,
  	\`articles_id\` integer,
  	\`pamphlets_id\` integer,
  	\`videos_id\` integer,
  	\`events_id\` integer,
  	\`snippets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pamphlets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pamphlets_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`snippets_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_rels_order_idx\` ON \`_pamphlets_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_rels_parent_idx\` ON \`_pamphlets_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_rels_path_idx\` ON \`_pamphlets_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_rels_conditions_id_idx\` ON \`_pamphlets_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_rels_segments_id_idx\` ON \`_pamphlets_v_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_rels_articles_id_idx\` ON \`_pamphlets_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_rels_pamphlets_id_idx\` ON \`_pamphlets_v_rels\` (\`pamphlets_id\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_rels_videos_id_idx\` ON \`_pamphlets_v_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_rels_events_id_idx\` ON \`_pamphlets_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_rels_snippets_id_idx\` ON \`_pamphlets_v_rels\` (\`snippets_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_stages_order_idx\` ON \`videos_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`videos_stages_parent_idx\` ON \`videos_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_stages_value_idx\` ON \`videos_stages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`videos_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_channels_order_idx\` ON \`videos_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`videos_channels_parent_idx\` ON \`videos_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_citations_order_idx\` ON \`videos_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`videos_citations_parent_id_idx\` ON \`videos_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_variants_order_idx\` ON \`videos_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`videos_variants_parent_id_idx\` ON \`videos_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_variants_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos_variants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_variants_locales_locale_parent_id_unique\` ON \`videos_variants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`source\` text DEFAULT 'external',
  	\`url\` text,
  	\`video_file_id\` integer,
  	\`duration_seconds\` numeric,
  	\`thumbnail_id\` integer,
  	\`clinical\` integer DEFAULT true,
  	\`medical_reviewed_at\` text,
  	\`medical_reviewer\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`video_file_id\`) REFERENCES \`video_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`thumbnail_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_slug_idx\` ON \`videos\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`videos_video_file_idx\` ON \`videos\` (\`video_file_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_thumbnail_idx\` ON \`videos\` (\`thumbnail_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_medical_reviewed_at_idx\` ON \`videos\` (\`medical_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_updated_at_idx\` ON \`videos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`videos_created_at_idx\` ON \`videos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`videos__status_idx\` ON \`videos\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`videos_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`captions_id\` integer,
  	\`transcript\` text,
  	\`body\` text,
  	\`translation_complete\` integer DEFAULT false,
  	\`brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`captions_id\`) REFERENCES \`caption_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_title_idx\` ON \`videos_locales\` (\`title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`videos_captions_idx\` ON \`videos_locales\` (\`captions_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_locales_locale_parent_id_unique\` ON \`videos_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`segments_id\` integer,
  	\`articles_id\` integer,
  	\`pamphlets_id\` integer,
  	\`videos_id\` integer,
  	\`events_id\` integer,
  	\`snippets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pamphlets_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`snippets_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_rels_order_idx\` ON \`videos_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_parent_idx\` ON \`videos_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_path_idx\` ON \`videos_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_conditions_id_idx\` ON \`videos_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_segments_id_idx\` ON \`videos_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_articles_id_idx\` ON \`videos_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_pamphlets_id_idx\` ON \`videos_rels\` (\`pamphlets_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_videos_id_idx\` ON \`videos_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_events_id_idx\` ON \`videos_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_rels_snippets_id_idx\` ON \`videos_rels\` (\`snippets_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_stages_order_idx\` ON \`_videos_v_version_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_stages_parent_idx\` ON \`_videos_v_version_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_stages_value_idx\` ON \`_videos_v_version_stages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_channels_order_idx\` ON \`_videos_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_channels_parent_idx\` ON \`_videos_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_citations_order_idx\` ON \`_videos_v_version_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_citations_parent_id_idx\` ON \`_videos_v_version_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_variants_order_idx\` ON \`_videos_v_version_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_variants_parent_id_idx\` ON \`_videos_v_version_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_version_variants_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v_version_variants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_videos_v_version_variants_locales_locale_parent_id_unique\` ON \`_videos_v_version_variants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_source\` text DEFAULT 'external',
  	\`version_url\` text,
  	\`version_video_file_id\` integer,
  	\`version_duration_seconds\` numeric,
  	\`version_thumbnail_id\` integer,
  	\`version_clinical\` integer DEFAULT true,
  	\`version_medical_reviewed_at\` text,
  	\`version_medical_reviewer\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_video_file_id\`) REFERENCES \`video_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_thumbnail_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_parent_idx\` ON \`_videos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_slug_idx\` ON \`_videos_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_video_file_idx\` ON \`_videos_v\` (\`version_video_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_thumbnail_idx\` ON \`_videos_v\` (\`version_thumbnail_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_medical_reviewed_at_idx\` ON \`_videos_v\` (\`version_medical_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_updated_at_idx\` ON \`_videos_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_created_at_idx\` ON \`_videos_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version__status_idx\` ON \`_videos_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_created_at_idx\` ON \`_videos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_updated_at_idx\` ON \`_videos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_snapshot_idx\` ON \`_videos_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_published_locale_idx\` ON \`_videos_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_latest_idx\` ON \`_videos_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_captions_id\` integer,
  	\`version_transcript\` text,
  	\`version_body\` text,
  	\`version_translation_complete\` integer DEFAULT false,
  	\`version_brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_captions_id\`) REFERENCES \`caption_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_title_idx\` ON \`_videos_v_locales\` (\`version_title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_captions_idx\` ON \`_videos_v_locales\` (\`version_captions_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_videos_v_locales_locale_parent_id_unique\` ON \`_videos_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`segments_id\` integer,
  	\`articles_id\` integer,
  	\`pamphlets_id\` integer,
  	\`videos_id\` integer,
  	\`events_id\` integer,
  	\`snippets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pamphlets_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`snippets_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_order_idx\` ON \`_videos_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_parent_idx\` ON \`_videos_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_path_idx\` ON \`_videos_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_conditions_id_idx\` ON \`_videos_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_segments_id_idx\` ON \`_videos_v_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_articles_id_idx\` ON \`_videos_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_pamphlets_id_idx\` ON \`_videos_v_rels\` (\`pamphlets_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_videos_id_idx\` ON \`_videos_v_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_events_id_idx\` ON \`_videos_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_snippets_id_idx\` ON \`_videos_v_rels\` (\`snippets_id\`);`)
  await db.run(sql`CREATE TABLE \`events_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_stages_order_idx\` ON \`events_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_stages_parent_idx\` ON \`events_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_stages_value_idx\` ON \`events_stages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`events_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_channels_order_idx\` ON \`events_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_channels_parent_idx\` ON \`events_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_citations_order_idx\` ON \`events_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_citations_parent_id_idx\` ON \`events_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_variants_order_idx\` ON \`events_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_variants_parent_id_idx\` ON \`events_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_variants_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_variants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_variants_locales_locale_parent_id_unique\` ON \`events_variants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`time_zone\` text DEFAULT 'America/Chicago',
  	\`status\` text DEFAULT 'scheduled',
  	\`attendance\` text DEFAULT 'in-person',
  	\`location_name\` text,
  	\`location_street\` text,
  	\`location_city\` text,
  	\`location_state\` text,
  	\`location_postal_code\` text,
  	\`virtual_url\` text,
  	\`registration_url\` text,
  	\`capacity\` numeric,
  	\`clinical\` integer DEFAULT true,
  	\`medical_reviewed_at\` text,
  	\`medical_reviewer\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_ends_at_idx\` ON \`events\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`events_medical_reviewed_at_idx\` ON \`events\` (\`medical_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`events_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`translation_complete\` integer DEFAULT false,
  	\`brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_title_idx\` ON \`events_locales\` (\`title\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`segments_id\` integer,
  	\`articles_id\` integer,
  	\`pamphlets_id\` integer,
  	\`videos_id\` integer,
  	\`events_id\` integer,
  	\`snippets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pamphlets_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`snippets_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_rels_order_idx\` ON \`events_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_parent_idx\` ON \`events_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_path_idx\` ON \`events_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_conditions_id_idx\` ON \`events_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_segments_id_idx\` ON \`events_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_articles_id_idx\` ON \`events_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_pamphlets_id_idx\` ON \`events_rels\` (\`pamphlets_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_videos_id_idx\` ON \`events_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_events_id_idx\` ON \`events_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`events_rels_snippets_id_idx\` ON \`events_rels\` (\`snippets_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_stages_order_idx\` ON \`_events_v_version_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_stages_parent_idx\` ON \`_events_v_version_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_stages_value_idx\` ON \`_events_v_version_stages\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_channels_order_idx\` ON \`_events_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_channels_parent_idx\` ON \`_events_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_citations_order_idx\` ON \`_events_v_version_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_citations_parent_id_idx\` ON \`_events_v_version_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_variants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_variants_order_idx\` ON \`_events_v_version_variants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_variants_parent_id_idx\` ON \`_events_v_version_variants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_variants_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_variants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_version_variants_locales_locale_parent_id_unique\` ON \`_events_v_version_variants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_time_zone\` text DEFAULT 'America/Chicago',
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_attendance\` text DEFAULT 'in-person',
  	\`version_location_name\` text,
  	\`version_location_street\` text,
  	\`version_location_city\` text,
  	\`version_location_state\` text,
  	\`version_location_postal_code\` text,
  	\`version_virtual_url\` text,
  	\`version_registration_url\` text,
  	\`version_capacity\` numeric,
  	\`version_clinical\` integer DEFAULT true,
  	\`version_medical_reviewed_at\` text,
  	\`version_medical_reviewer\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_ends_at_idx\` ON \`_events_v\` (\`version_ends_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_medical_reviewed_at_idx\` ON \`_events_v\` (\`version_medical_reviewed_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_translation_complete\` integer DEFAULT false,
  	\`version_brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_title_idx\` ON \`_events_v_locales\` (\`version_title\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`segments_id\` integer,
  	\`articles_id\` integer,
  	\`pamphlets_id\` integer,
  	\`videos_id\` integer,
  	\`events_id\` integer,
  	\`snippets_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pamphlets_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`snippets_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_rels_order_idx\` ON \`_events_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_parent_idx\` ON \`_events_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_path_idx\` ON \`_events_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_conditions_id_idx\` ON \`_events_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_segments_id_idx\` ON \`_events_v_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_articles_id_idx\` ON \`_events_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_pamphlets_id_idx\` ON \`_events_v_rels\` (\`pamphlets_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_videos_id_idx\` ON \`_events_v_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_events_id_idx\` ON \`_events_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_snippets_id_idx\` ON \`_events_v_rels\` (\`snippets_id\`);`)
  await db.run(sql`CREATE TABLE \`conditions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`parent_id\` integer,
  	\`service_line\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`conditions_slug_idx\` ON \`conditions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`conditions_parent_idx\` ON \`conditions\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_service_line_idx\` ON \`conditions\` (\`service_line\`);`)
  await db.run(sql`CREATE INDEX \`conditions_updated_at_idx\` ON \`conditions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conditions_created_at_idx\` ON \`conditions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`conditions_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`conditions_locales_locale_parent_id_unique\` ON \`conditions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`conditions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	\`locale\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conditions_texts_order_parent\` ON \`conditions_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_texts_text_idx\` ON \`conditions_texts\` (\`text\`);`)
  await db.run(sql`CREATE INDEX \`conditions_texts_locale_parent\` ON \`conditions_texts\` (\`locale\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`segments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`segments_slug_idx\` ON \`segments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`segments_updated_at_idx\` ON \`segments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`segments_created_at_idx\` ON \`segments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`segments_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`segments_locales_locale_parent_id_unique\` ON \`segments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`snippets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`snippets_slug_idx\` ON \`snippets\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`snippets_updated_at_idx\` ON \`snippets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`snippets_created_at_idx\` ON \`snippets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`snippets_locales\` (
  	\`body\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`snippets_locales_locale_parent_id_unique\` ON \`snippets_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_webp_url\` text,
  	\`sizes_webp_width\` numeric,
  	\`sizes_webp_height\` numeric,
  	\`sizes_webp_mime_type\` text,
  	\`sizes_webp_filesize\` numeric,
  	\`sizes_webp_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_webp_sizes_webp_filename_idx\` ON \`media\` (\`sizes_webp_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`page_count\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_filename_idx\` ON \`documents\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`documents_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_locales_locale_parent_id_unique\` ON \`documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`video_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`video_files_updated_at_idx\` ON \`video_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`video_files_created_at_idx\` ON \`video_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`video_files_filename_idx\` ON \`video_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`caption_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`caption_files_updated_at_idx\` ON \`caption_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`caption_files_created_at_idx\` ON \`caption_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`caption_files_filename_idx\` ON \`caption_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`api_clients\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`enabled\` integer DEFAULT true,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`api_clients_name_idx\` ON \`api_clients\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_updated_at_idx\` ON \`api_clients\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`api_clients_created_at_idx\` ON \`api_clients\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhooks_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_events_order_idx\` ON \`webhooks_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_events_parent_idx\` ON \`webhooks_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhooks_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_types_order_idx\` ON \`webhooks_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_types_parent_idx\` ON \`webhooks_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhooks_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_stages_order_idx\` ON \`webhooks_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_stages_parent_idx\` ON \`webhooks_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhooks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`secret\` text,
  	\`enabled\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_updated_at_idx\` ON \`webhooks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhooks_created_at_idx\` ON \`webhooks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhooks_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhooks_texts_order_parent\` ON \`webhooks_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`webhook_id\` integer NOT NULL,
  	\`event_id\` integer,
  	\`message_type\` text NOT NULL,
  	\`item_key\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0 NOT NULL,
  	\`next_attempt_at\` text,
  	\`last_attempt_at\` text,
  	\`last_status_code\` numeric,
  	\`last_error\` text,
  	\`delivered_at\` text,
  	\`message_id\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`webhook_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`content_events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_webhook_idx\` ON \`webhook_deliveries\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_event_idx\` ON \`webhook_deliveries\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_item_key_idx\` ON \`webhook_deliveries\` (\`item_key\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_status_idx\` ON \`webhook_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_next_attempt_at_idx\` ON \`webhook_deliveries\` (\`next_attempt_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`webhook_deliveries_message_id_idx\` ON \`webhook_deliveries\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`content_events_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`content_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_events_stages_order_idx\` ON \`content_events_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`content_events_stages_parent_idx\` ON \`content_events_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`slug\` text,
  	\`title\` text,
  	\`doc_updated_at\` text,
  	\`at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`content_events_action_idx\` ON \`content_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`content_events_type_idx\` ON \`content_events\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`content_events_doc_id_idx\` ON \`content_events\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`content_events_at_idx\` ON \`content_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`content_events_updated_at_idx\` ON \`content_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`content_events_created_at_idx\` ON \`content_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`content_events_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`content_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_events_texts_order_parent\` ON \`content_events_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`pamphlets_id\` integer,
  	\`videos_id\` integer,
  	\`events_id\` integer,
  	\`conditions_id\` integer,
  	\`segments_id\` integer,
  	\`snippets_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`video_files_id\` integer,
  	\`caption_files_id\` integer,
  	\`users_id\` integer,
  	\`api_clients_id\` integer,
  	\`webhooks_id\` integer,
  	\`webhook_deliveries_id\` integer,
  	\`content_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pamphlets_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`snippets_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`video_files_id\`) REFERENCES \`video_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`caption_files_id\`) REFERENCES \`caption_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`content_events_id\`) REFERENCES \`content_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pamphlets_id_idx\` ON \`payload_locked_documents_rels\` (\`pamphlets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conditions_id_idx\` ON \`payload_locked_documents_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_segments_id_idx\` ON \`payload_locked_documents_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_snippets_id_idx\` ON \`payload_locked_documents_rels\` (\`snippets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_video_files_id_idx\` ON \`payload_locked_documents_rels\` (\`video_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_caption_files_id_idx\` ON \`payload_locked_documents_rels\` (\`caption_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_clients_id_idx\` ON \`payload_locked_documents_rels\` (\`api_clients_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_events_id_idx\` ON \`payload_locked_documents_rels\` (\`content_events_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`api_clients_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_clients_id\`) REFERENCES \`api_clients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_api_clients_id_idx\` ON \`payload_preferences_rels\` (\`api_clients_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`brand_guidelines_terminology\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	\`replacement\` text NOT NULL,
  	\`reason\` text NOT NULL,
  	\`locale\` text DEFAULT 'all',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brand_guidelines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brand_guidelines_terminology_order_idx\` ON \`brand_guidelines_terminology\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`brand_guidelines_terminology_parent_id_idx\` ON \`brand_guidelines_terminology\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`brand_guidelines_claims_words\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`word\` text NOT NULL,
  	\`locale\` text DEFAULT 'all',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brand_guidelines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brand_guidelines_claims_words_order_idx\` ON \`brand_guidelines_claims_words\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`brand_guidelines_claims_words_parent_id_idx\` ON \`brand_guidelines_claims_words\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`brand_guidelines_last_recheck_failing\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`doc_id\` text,
  	\`locale\` text,
  	\`title\` text,
  	\`errors\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`brand_guidelines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brand_guidelines_last_recheck_failing_order_idx\` ON \`brand_guidelines_last_recheck_failing\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`brand_guidelines_last_recheck_failing_parent_id_idx\` ON \`brand_guidelines_last_recheck_failing\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`brand_guidelines\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`severity_reading_level\` text DEFAULT 'warning' NOT NULL,
  	\`severity_terminology\` text DEFAULT 'error' NOT NULL,
  	\`severity_claims\` text DEFAULT 'warning' NOT NULL,
  	\`severity_required_disclaimer\` text DEFAULT 'error' NOT NULL,
  	\`severity_title_length\` text DEFAULT 'warning' NOT NULL,
  	\`severity_summary_length\` text DEFAULT 'warning' NOT NULL,
  	\`severity_link_text\` text DEFAULT 'warning' NOT NULL,
  	\`severity_image_alt\` text DEFAULT 'error' NOT NULL,
  	\`severity_video_accessibility\` text DEFAULT 'error' NOT NULL,
  	\`severity_exclamations\` text DEFAULT 'warning' NOT NULL,
  	\`severity_medical_review_freshness\` text DEFAULT 'error' NOT NULL,
  	\`readability_max_grade\` numeric DEFAULT 8 NOT NULL,
  	\`readability_formula\` text DEFAULT 'smog' NOT NULL,
  	\`readability_min_words\` numeric DEFAULT 30,
  	\`structure_title_max_length\` numeric DEFAULT 70,
  	\`structure_summary_max_length\` numeric DEFAULT 300,
  	\`structure_max_exclamations\` numeric DEFAULT 1,
  	\`medical_review_max_age_months\` numeric DEFAULT 24 NOT NULL,
  	\`medical_review_withhold_lapsed\` integer DEFAULT true,
  	\`claims_min_citations\` numeric DEFAULT 1,
  	\`disclaimers_articles_id\` integer,
  	\`disclaimers_pamphlets_id\` integer,
  	\`disclaimers_videos_id\` integer,
  	\`disclaimers_events_id\` integer,
  	\`last_recheck_finished_at\` text,
  	\`last_recheck_checked\` numeric,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`disclaimers_articles_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`disclaimers_pamphlets_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`disclaimers_videos_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`disclaimers_events_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`brand_guidelines_disclaimers_disclaimers_articles_idx\` ON \`brand_guidelines\` (\`disclaimers_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`brand_guidelines_disclaimers_disclaimers_pamphlets_idx\` ON \`brand_guidelines\` (\`disclaimers_pamphlets_id\`);`)
  await db.run(sql`CREATE INDEX \`brand_guidelines_disclaimers_disclaimers_videos_idx\` ON \`brand_guidelines\` (\`disclaimers_videos_id\`);`)
  await db.run(sql`CREATE INDEX \`brand_guidelines_disclaimers_disclaimers_events_idx\` ON \`brand_guidelines\` (\`disclaimers_events_id\`);`)
  await db.run(sql`CREATE TABLE \`brand_guidelines_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`brand_guidelines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`brand_guidelines_texts_order_parent\` ON \`brand_guidelines_texts\` (\`order\`,\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_stages\`;`)
  await db.run(sql`DROP TABLE \`articles_channels\`;`)
  await db.run(sql`DROP TABLE \`articles_citations\`;`)
  await db.run(sql`DROP TABLE \`articles_variants\`;`)
  await db.run(sql`DROP TABLE \`articles_variants_locales\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_stages\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_citations\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_variants\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_variants_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`pamphlets_stages\`;`)
  await db.run(sql`DROP TABLE \`pamphlets_channels\`;`)
  await db.run(sql`DROP TABLE \`pamphlets_citations\`;`)
  await db.run(sql`DROP TABLE \`pamphlets_variants\`;`)
  await db.run(sql`DROP TABLE \`pamphlets_variants_locales\`;`)
  await db.run(sql`DROP TABLE \`pamphlets\`;`)
  await db.run(sql`DROP TABLE \`pamphlets_locales\`;`)
  await db.run(sql`DROP TABLE \`pamphlets_rels\`;`)
  await db.run(sql`DROP TABLE \`_pamphlets_v_version_stages\`;`)
  await db.run(sql`DROP TABLE \`_pamphlets_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_pamphlets_v_version_citations\`;`)
  await db.run(sql`DROP TABLE \`_pamphlets_v_version_variants\`;`)
  await db.run(sql`DROP TABLE \`_pamphlets_v_version_variants_locales\`;`)
  await db.run(sql`DROP TABLE \`_pamphlets_v\`;`)
  await db.run(sql`DROP TABLE \`_pamphlets_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_pamphlets_v_rels\`;`)
  await db.run(sql`DROP TABLE \`videos_stages\`;`)
  await db.run(sql`DROP TABLE \`videos_channels\`;`)
  await db.run(sql`DROP TABLE \`videos_citations\`;`)
  await db.run(sql`DROP TABLE \`videos_variants\`;`)
  await db.run(sql`DROP TABLE \`videos_variants_locales\`;`)
  await db.run(sql`DROP TABLE \`videos\`;`)
  await db.run(sql`DROP TABLE \`videos_locales\`;`)
  await db.run(sql`DROP TABLE \`videos_rels\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_stages\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_citations\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_variants\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_version_variants_locales\`;`)
  await db.run(sql`DROP TABLE \`_videos_v\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_rels\`;`)
  await db.run(sql`DROP TABLE \`events_stages\`;`)
  await db.run(sql`DROP TABLE \`events_channels\`;`)
  await db.run(sql`DROP TABLE \`events_citations\`;`)
  await db.run(sql`DROP TABLE \`events_variants\`;`)
  await db.run(sql`DROP TABLE \`events_variants_locales\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_stages\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_citations\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_variants\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_variants_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`conditions\`;`)
  await db.run(sql`DROP TABLE \`conditions_locales\`;`)
  await db.run(sql`DROP TABLE \`conditions_texts\`;`)
  await db.run(sql`DROP TABLE \`segments\`;`)
  await db.run(sql`DROP TABLE \`segments_locales\`;`)
  await db.run(sql`DROP TABLE \`snippets\`;`)
  await db.run(sql`DROP TABLE \`snippets_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents_locales\`;`)
  await db.run(sql`DROP TABLE \`video_files\`;`)
  await db.run(sql`DROP TABLE \`caption_files\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`api_clients\`;`)
  await db.run(sql`DROP TABLE \`webhooks_events\`;`)
  await db.run(sql`DROP TABLE \`webhooks_types\`;`)
  await db.run(sql`DROP TABLE \`webhooks_stages\`;`)
  await db.run(sql`DROP TABLE \`webhooks\`;`)
  await db.run(sql`DROP TABLE \`webhooks_texts\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`content_events_stages\`;`)
  await db.run(sql`DROP TABLE \`content_events\`;`)
  await db.run(sql`DROP TABLE \`content_events_texts\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`brand_guidelines_terminology\`;`)
  await db.run(sql`DROP TABLE \`brand_guidelines_claims_words\`;`)
  await db.run(sql`DROP TABLE \`brand_guidelines_last_recheck_failing\`;`)
  await db.run(sql`DROP TABLE \`brand_guidelines\`;`)
  await db.run(sql`DROP TABLE \`brand_guidelines_texts\`;`)
}
