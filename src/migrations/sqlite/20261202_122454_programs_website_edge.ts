import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pamphlets_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pamphlets_texts_order_parent\` ON \`pamphlets_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pamphlets_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_pamphlets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_texts_order_parent\` ON \`_pamphlets_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`videos_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`videos_texts_order_parent\` ON \`videos_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_videos_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_videos_v_texts_order_parent\` ON \`_videos_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_texts_order_parent\` ON \`events_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_texts_order_parent\` ON \`_events_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programs_tracks_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` numeric,
  	\`channel\` text,
  	\`segment_id\` integer,
  	\`window_from\` text,
  	\`window_to\` text,
  	\`note\` text,
  	FOREIGN KEY (\`segment_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programs_tracks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_tracks_steps_order_idx\` ON \`programs_tracks_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programs_tracks_steps_parent_id_idx\` ON \`programs_tracks_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_tracks_steps_segment_idx\` ON \`programs_tracks_steps\` (\`segment_id\`);`)
  await db.run(sql`CREATE TABLE \`programs_tracks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_tracks_order_idx\` ON \`programs_tracks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programs_tracks_parent_id_idx\` ON \`programs_tracks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programs_tracks_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programs_tracks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`programs_tracks_locales_locale_parent_id_unique\` ON \`programs_tracks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_tracks_locales_parent_idx\` ON \`programs_tracks_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programs_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_stages_order_idx\` ON \`programs_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`programs_stages_parent_idx\` ON \`programs_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`anchor\` text DEFAULT 'enrollment',
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_changes_requested\` text,
  	\`workflow_content_hash\` text,
  	\`workflow_admin_override\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`programs_slug_idx\` ON \`programs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`programs_workflow_workflow_state_idx\` ON \`programs\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`programs_updated_at_idx\` ON \`programs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programs_created_at_idx\` ON \`programs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programs__status_idx\` ON \`programs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`programs_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`programs_locales_locale_parent_id_unique\` ON \`programs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_locales_parent_idx\` ON \`programs_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`pamphlets_id\` integer,
  	\`videos_id\` integer,
  	\`events_id\` integer,
  	\`segments_id\` integer,
  	\`conditions_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pamphlets_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_rels_order_idx\` ON \`programs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_parent_idx\` ON \`programs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_path_idx\` ON \`programs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_articles_id_idx\` ON \`programs_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_pamphlets_id_idx\` ON \`programs_rels\` (\`pamphlets_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_videos_id_idx\` ON \`programs_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_events_id_idx\` ON \`programs_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_segments_id_idx\` ON \`programs_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_conditions_id_idx\` ON \`programs_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_users_id_idx\` ON \`programs_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_version_tracks_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` numeric,
  	\`channel\` text,
  	\`segment_id\` integer,
  	\`window_from\` text,
  	\`window_to\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`segment_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programs_v_version_tracks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_version_tracks_steps_order_idx\` ON \`_programs_v_version_tracks_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_tracks_steps_parent_id_idx\` ON \`_programs_v_version_tracks_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_tracks_steps_segment_idx\` ON \`_programs_v_version_tracks_steps\` (\`segment_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_version_tracks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_version_tracks_order_idx\` ON \`_programs_v_version_tracks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_tracks_parent_id_idx\` ON \`_programs_v_version_tracks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_version_tracks_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programs_v_version_tracks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_programs_v_version_tracks_locales_locale_parent_id_unique\` ON \`_programs_v_version_tracks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_tracks_locales_parent_idx\` ON \`_programs_v_version_tracks_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_version_stages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_version_stages_order_idx\` ON \`_programs_v_version_stages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_stages_parent_idx\` ON \`_programs_v_version_stages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_anchor\` text DEFAULT 'enrollment',
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_changes_requested\` text,
  	\`version_workflow_content_hash\` text,
  	\`version_workflow_admin_override\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_parent_idx\` ON \`_programs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_slug_idx\` ON \`_programs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_workflow_version_workflow_state_idx\` ON \`_programs_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_updated_at_idx\` ON \`_programs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_created_at_idx\` ON \`_programs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version__status_idx\` ON \`_programs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_created_at_idx\` ON \`_programs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_updated_at_idx\` ON \`_programs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_snapshot_idx\` ON \`_programs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_published_locale_idx\` ON \`_programs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_latest_idx\` ON \`_programs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_programs_v_locales_locale_parent_id_unique\` ON \`_programs_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_locales_parent_idx\` ON \`_programs_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`pamphlets_id\` integer,
  	\`videos_id\` integer,
  	\`events_id\` integer,
  	\`segments_id\` integer,
  	\`conditions_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pamphlets_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`segments_id\`) REFERENCES \`segments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_order_idx\` ON \`_programs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_parent_idx\` ON \`_programs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_path_idx\` ON \`_programs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_articles_id_idx\` ON \`_programs_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_pamphlets_id_idx\` ON \`_programs_v_rels\` (\`pamphlets_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_videos_id_idx\` ON \`_programs_v_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_events_id_idx\` ON \`_programs_v_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_segments_id_idx\` ON \`_programs_v_rels\` (\`segments_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_conditions_id_idx\` ON \`_programs_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_users_id_idx\` ON \`_programs_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`redirects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to_type\` text DEFAULT 'reference',
  	\`to_url\` text,
  	\`type\` text DEFAULT '301' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`redirects_from_idx\` ON \`redirects\` (\`from\`);`)
  await db.run(sql`CREATE INDEX \`redirects_updated_at_idx\` ON \`redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_created_at_idx\` ON \`redirects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`redirects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`pamphlets_id\` integer,
  	\`videos_id\` integer,
  	\`events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pamphlets_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`redirects_rels_order_idx\` ON \`redirects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_parent_idx\` ON \`redirects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_path_idx\` ON \`redirects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_articles_id_idx\` ON \`redirects_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_pamphlets_id_idx\` ON \`redirects_rels\` (\`pamphlets_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_videos_id_idx\` ON \`redirects_rels\` (\`videos_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_events_id_idx\` ON \`redirects_rels\` (\`events_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`meta_noindex\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`meta_canonical_u_r_l\` text;`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_noindex\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_meta_canonical_u_r_l\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`pamphlets\` ADD \`meta_noindex\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`pamphlets_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`pamphlets_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`pamphlets_locales\` ADD \`meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`pamphlets_locales\` ADD \`meta_canonical_u_r_l\` text;`)
  await db.run(sql`CREATE INDEX \`pamphlets_meta_meta_image_idx\` ON \`pamphlets_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v\` ADD \`version_meta_noindex\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v_locales\` ADD \`version_meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v_locales\` ADD \`version_meta_canonical_u_r_l\` text;`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_meta_version_meta_image_idx\` ON \`_pamphlets_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`meta_noindex\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`videos_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`videos_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`videos_locales\` ADD \`meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`videos_locales\` ADD \`meta_canonical_u_r_l\` text;`)
  await db.run(sql`CREATE INDEX \`videos_meta_meta_image_idx\` ON \`videos_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_meta_noindex\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_videos_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v_locales\` ADD \`version_meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_videos_v_locales\` ADD \`version_meta_canonical_u_r_l\` text;`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_meta_version_meta_image_idx\` ON \`_videos_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`meta_noindex\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`meta_canonical_u_r_l\` text;`)
  await db.run(sql`CREATE INDEX \`events_meta_meta_image_idx\` ON \`events_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_meta_noindex\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_meta_canonical_u_r_l\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_meta_version_meta_image_idx\` ON \`_events_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_og_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_og_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_og_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_og_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_og_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_og_filename\` text;`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`ALTER TABLE \`webhook_deliveries\` ADD \`purge_keys\` text;`)
  await db.run(sql`ALTER TABLE \`content_events\` ADD \`detail\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`programs_id\` integer REFERENCES programs(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`redirects_id\` integer REFERENCES redirects(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programs_id_idx\` ON \`payload_locked_documents_rels\` (\`programs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`ALTER TABLE \`brand_guidelines\` ADD \`severity_meta_length\` text DEFAULT 'warning' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`pamphlets_texts\`;`)
  await db.run(sql`DROP TABLE \`_pamphlets_v_texts\`;`)
  await db.run(sql`DROP TABLE \`videos_texts\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_texts\`;`)
  await db.run(sql`DROP TABLE \`events_texts\`;`)
  await db.run(sql`DROP TABLE \`_events_v_texts\`;`)
  await db.run(sql`DROP TABLE \`programs_tracks_steps\`;`)
  await db.run(sql`DROP TABLE \`programs_tracks\`;`)
  await db.run(sql`DROP TABLE \`programs_tracks_locales\`;`)
  await db.run(sql`DROP TABLE \`programs_stages\`;`)
  await db.run(sql`DROP TABLE \`programs\`;`)
  await db.run(sql`DROP TABLE \`programs_locales\`;`)
  await db.run(sql`DROP TABLE \`programs_rels\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_version_tracks_steps\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_version_tracks\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_version_tracks_locales\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_version_stages\`;`)
  await db.run(sql`DROP TABLE \`_programs_v\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`redirects\`;`)
  await db.run(sql`DROP TABLE \`redirects_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_locales\` (
  	\`title\` text,
  	\`admin_title\` text,
  	\`summary\` text,
  	\`word_count\` numeric,
  	\`reading_time_minutes\` numeric,
  	\`body\` text,
  	\`translation_complete\` integer DEFAULT false,
  	\`brand_status\` text,
  	\`brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles_locales\`("title", "admin_title", "summary", "word_count", "reading_time_minutes", "body", "translation_complete", "brand_status", "brand_check", "id", "_locale", "_parent_id") SELECT "title", "admin_title", "summary", "word_count", "reading_time_minutes", "body", "translation_complete", "brand_status", "brand_check", "id", "_locale", "_parent_id" FROM \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_locales\` RENAME TO \`articles_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_title_idx\` ON \`articles_locales\` (\`title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_admin_title_idx\` ON \`articles_locales\` (\`admin_title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`articles_brand_status_idx\` ON \`articles_locales\` (\`brand_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_locales_parent_idx\` ON \`articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_locales\` (
  	\`version_title\` text,
  	\`version_admin_title\` text,
  	\`version_summary\` text,
  	\`version_word_count\` numeric,
  	\`version_reading_time_minutes\` numeric,
  	\`version_body\` text,
  	\`version_translation_complete\` integer DEFAULT false,
  	\`version_brand_status\` text,
  	\`version_brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_locales\`("version_title", "version_admin_title", "version_summary", "version_word_count", "version_reading_time_minutes", "version_body", "version_translation_complete", "version_brand_status", "version_brand_check", "id", "_locale", "_parent_id") SELECT "version_title", "version_admin_title", "version_summary", "version_word_count", "version_reading_time_minutes", "version_body", "version_translation_complete", "version_brand_status", "version_brand_check", "id", "_locale", "_parent_id" FROM \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_locales\` RENAME TO \`_articles_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_title_idx\` ON \`_articles_v_locales\` (\`version_title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_admin_title_idx\` ON \`_articles_v_locales\` (\`version_admin_title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_brand_status_idx\` ON \`_articles_v_locales\` (\`version_brand_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_locales_parent_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_pamphlets_locales\` (
  	\`title\` text,
  	\`admin_title\` text,
  	\`summary\` text,
  	\`pdf_id\` integer,
  	\`body\` text,
  	\`translation_complete\` integer DEFAULT false,
  	\`brand_status\` text,
  	\`brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pamphlets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pamphlets_locales\`("title", "admin_title", "summary", "pdf_id", "body", "translation_complete", "brand_status", "brand_check", "id", "_locale", "_parent_id") SELECT "title", "admin_title", "summary", "pdf_id", "body", "translation_complete", "brand_status", "brand_check", "id", "_locale", "_parent_id" FROM \`pamphlets_locales\`;`)
  await db.run(sql`DROP TABLE \`pamphlets_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_pamphlets_locales\` RENAME TO \`pamphlets_locales\`;`)
  await db.run(sql`CREATE INDEX \`pamphlets_title_idx\` ON \`pamphlets_locales\` (\`title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_admin_title_idx\` ON \`pamphlets_locales\` (\`admin_title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_pdf_idx\` ON \`pamphlets_locales\` (\`pdf_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_brand_status_idx\` ON \`pamphlets_locales\` (\`brand_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pamphlets_locales_locale_parent_id_unique\` ON \`pamphlets_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pamphlets_locales_parent_idx\` ON \`pamphlets_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__pamphlets_v_locales\` (
  	\`version_title\` text,
  	\`version_admin_title\` text,
  	\`version_summary\` text,
  	\`version_pdf_id\` integer,
  	\`version_body\` text,
  	\`version_translation_complete\` integer DEFAULT false,
  	\`version_brand_status\` text,
  	\`version_brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pamphlets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__pamphlets_v_locales\`("version_title", "version_admin_title", "version_summary", "version_pdf_id", "version_body", "version_translation_complete", "version_brand_status", "version_brand_check", "id", "_locale", "_parent_id") SELECT "version_title", "version_admin_title", "version_summary", "version_pdf_id", "version_body", "version_translation_complete", "version_brand_status", "version_brand_check", "id", "_locale", "_parent_id" FROM \`_pamphlets_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_pamphlets_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__pamphlets_v_locales\` RENAME TO \`_pamphlets_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_version_title_idx\` ON \`_pamphlets_v_locales\` (\`version_title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_version_admin_title_idx\` ON \`_pamphlets_v_locales\` (\`version_admin_title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_version_pdf_idx\` ON \`_pamphlets_v_locales\` (\`version_pdf_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_version_brand_status_idx\` ON \`_pamphlets_v_locales\` (\`version_brand_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_pamphlets_v_locales_locale_parent_id_unique\` ON \`_pamphlets_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_locales_parent_idx\` ON \`_pamphlets_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_videos_locales\` (
  	\`title\` text,
  	\`admin_title\` text,
  	\`summary\` text,
  	\`captions_id\` integer,
  	\`transcript\` text,
  	\`body\` text,
  	\`translation_complete\` integer DEFAULT false,
  	\`brand_status\` text,
  	\`brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`captions_id\`) REFERENCES \`caption_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_videos_locales\`("title", "admin_title", "summary", "captions_id", "transcript", "body", "translation_complete", "brand_status", "brand_check", "id", "_locale", "_parent_id") SELECT "title", "admin_title", "summary", "captions_id", "transcript", "body", "translation_complete", "brand_status", "brand_check", "id", "_locale", "_parent_id" FROM \`videos_locales\`;`)
  await db.run(sql`DROP TABLE \`videos_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_videos_locales\` RENAME TO \`videos_locales\`;`)
  await db.run(sql`CREATE INDEX \`videos_title_idx\` ON \`videos_locales\` (\`title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`videos_admin_title_idx\` ON \`videos_locales\` (\`admin_title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`videos_captions_idx\` ON \`videos_locales\` (\`captions_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`videos_brand_status_idx\` ON \`videos_locales\` (\`brand_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`videos_locales_locale_parent_id_unique\` ON \`videos_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`videos_locales_parent_idx\` ON \`videos_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__videos_v_locales\` (
  	\`version_title\` text,
  	\`version_admin_title\` text,
  	\`version_summary\` text,
  	\`version_captions_id\` integer,
  	\`version_transcript\` text,
  	\`version_body\` text,
  	\`version_translation_complete\` integer DEFAULT false,
  	\`version_brand_status\` text,
  	\`version_brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_captions_id\`) REFERENCES \`caption_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_videos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__videos_v_locales\`("version_title", "version_admin_title", "version_summary", "version_captions_id", "version_transcript", "version_body", "version_translation_complete", "version_brand_status", "version_brand_check", "id", "_locale", "_parent_id") SELECT "version_title", "version_admin_title", "version_summary", "version_captions_id", "version_transcript", "version_body", "version_translation_complete", "version_brand_status", "version_brand_check", "id", "_locale", "_parent_id" FROM \`_videos_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__videos_v_locales\` RENAME TO \`_videos_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_title_idx\` ON \`_videos_v_locales\` (\`version_title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_admin_title_idx\` ON \`_videos_v_locales\` (\`version_admin_title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_captions_idx\` ON \`_videos_v_locales\` (\`version_captions_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_version_brand_status_idx\` ON \`_videos_v_locales\` (\`version_brand_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_videos_v_locales_locale_parent_id_unique\` ON \`_videos_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_videos_v_locales_parent_idx\` ON \`_videos_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_events_locales\` (
  	\`title\` text,
  	\`admin_title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`translation_complete\` integer DEFAULT false,
  	\`brand_status\` text,
  	\`brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events_locales\`("title", "admin_title", "summary", "body", "translation_complete", "brand_status", "brand_check", "id", "_locale", "_parent_id") SELECT "title", "admin_title", "summary", "body", "translation_complete", "brand_status", "brand_check", "id", "_locale", "_parent_id" FROM \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_events_locales\` RENAME TO \`events_locales\`;`)
  await db.run(sql`CREATE INDEX \`events_title_idx\` ON \`events_locales\` (\`title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`events_admin_title_idx\` ON \`events_locales\` (\`admin_title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`events_brand_status_idx\` ON \`events_locales\` (\`brand_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_parent_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v_locales\` (
  	\`version_title\` text,
  	\`version_admin_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_translation_complete\` integer DEFAULT false,
  	\`version_brand_status\` text,
  	\`version_brand_check\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v_locales\`("version_title", "version_admin_title", "version_summary", "version_body", "version_translation_complete", "version_brand_status", "version_brand_check", "id", "_locale", "_parent_id") SELECT "version_title", "version_admin_title", "version_summary", "version_body", "version_translation_complete", "version_brand_status", "version_brand_check", "id", "_locale", "_parent_id" FROM \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v_locales\` RENAME TO \`_events_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_title_idx\` ON \`_events_v_locales\` (\`version_title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_admin_title_idx\` ON \`_events_v_locales\` (\`version_admin_title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_brand_status_idx\` ON \`_events_v_locales\` (\`version_brand_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_locales_parent_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`audit_log_id\` integer,
  	\`content_reviews_id\` integer,
  	\`review_schedule_id\` integer,
  	\`job_leases_id\` integer,
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
  	FOREIGN KEY (\`content_events_id\`) REFERENCES \`content_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`content_reviews_id\`) REFERENCES \`content_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_schedule_id\`) REFERENCES \`review_schedule\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_leases_id\`) REFERENCES \`job_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "pamphlets_id", "videos_id", "events_id", "conditions_id", "segments_id", "snippets_id", "media_id", "documents_id", "video_files_id", "caption_files_id", "users_id", "api_clients_id", "webhooks_id", "webhook_deliveries_id", "content_events_id", "audit_log_id", "content_reviews_id", "review_schedule_id", "job_leases_id") SELECT "id", "order", "parent_id", "path", "articles_id", "pamphlets_id", "videos_id", "events_id", "conditions_id", "segments_id", "snippets_id", "media_id", "documents_id", "video_files_id", "caption_files_id", "users_id", "api_clients_id", "webhooks_id", "webhook_deliveries_id", "content_events_id", "audit_log_id", "content_reviews_id", "review_schedule_id", "job_leases_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`content_reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_schedule_id_idx\` ON \`payload_locked_documents_rels\` (\`review_schedule_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`job_leases_id\`);`)
  await db.run(sql`DROP INDEX \`media_sizes_og_sizes_og_filename_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_og_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_og_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_og_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_og_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_og_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_og_filename\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`meta_noindex\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_meta_noindex\`;`)
  await db.run(sql`ALTER TABLE \`pamphlets\` DROP COLUMN \`meta_noindex\`;`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v\` DROP COLUMN \`version_meta_noindex\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`meta_noindex\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_meta_noindex\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`meta_noindex\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_meta_noindex\`;`)
  await db.run(sql`ALTER TABLE \`webhook_deliveries\` DROP COLUMN \`purge_keys\`;`)
  await db.run(sql`ALTER TABLE \`content_events\` DROP COLUMN \`detail\`;`)
  await db.run(sql`ALTER TABLE \`brand_guidelines\` DROP COLUMN \`severity_meta_length\`;`)
}
