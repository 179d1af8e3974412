import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`content_reviews_reviewer_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`content_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_reviews_reviewer_roles_order_idx\` ON \`content_reviews_reviewer_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`content_reviews_reviewer_roles_parent_idx\` ON \`content_reviews_reviewer_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_reviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`act\` text NOT NULL,
  	\`item_type\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`item_title\` text,
  	\`version_id\` text,
  	\`content_hash\` text NOT NULL,
  	\`reviewer_id\` integer,
  	\`reviewer_name\` text,
  	\`credentials\` text,
  	\`clinical_sign_off\` integer DEFAULT false,
  	\`admin_override\` integer DEFAULT false,
  	\`reason\` text,
  	\`comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`content_reviews_at_idx\` ON \`content_reviews\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`content_reviews_act_idx\` ON \`content_reviews\` (\`act\`);`)
  await db.run(sql`CREATE INDEX \`content_reviews_item_id_idx\` ON \`content_reviews\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`content_reviews_content_hash_idx\` ON \`content_reviews\` (\`content_hash\`);`)
  await db.run(sql`CREATE INDEX \`content_reviews_reviewer_idx\` ON \`content_reviews\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`content_reviews_updated_at_idx\` ON \`content_reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`content_reviews_created_at_idx\` ON \`content_reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`itemType_itemId_idx\` ON \`content_reviews\` (\`item_type\`,\`item_id\`);`)
  await db.run(sql`CREATE TABLE \`review_schedule\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item_type\` text NOT NULL,
  	\`item_id\` text NOT NULL,
  	\`item_title\` text,
  	\`medical_reviewed_at\` text,
  	\`next_review_due\` text,
  	\`status\` text NOT NULL,
  	\`last_reviewer_id\` integer,
  	\`last_reviewer_name\` text,
  	\`notified_status\` text,
  	\`notified_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`last_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_schedule_item_type_idx\` ON \`review_schedule\` (\`item_type\`);`)
  await db.run(sql`CREATE INDEX \`review_schedule_item_id_idx\` ON \`review_schedule\` (\`item_id\`);`)
  await db.run(sql`CREATE INDEX \`review_schedule_next_review_due_idx\` ON \`review_schedule\` (\`next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`review_schedule_status_idx\` ON \`review_schedule\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`review_schedule_last_reviewer_idx\` ON \`review_schedule\` (\`last_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`review_schedule_updated_at_idx\` ON \`review_schedule\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_schedule_created_at_idx\` ON \`review_schedule\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`itemType_itemId_1_idx\` ON \`review_schedule\` (\`item_type\`,\`item_id\`);`)
  await db.run(sql`CREATE TABLE \`review_schedule_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_schedule\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_schedule_rels_order_idx\` ON \`review_schedule_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_schedule_rels_parent_idx\` ON \`review_schedule_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_schedule_rels_path_idx\` ON \`review_schedule_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_schedule_rels_users_id_idx\` ON \`review_schedule_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_changes_requested\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_admin_override\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`articles_workflow_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`articles_rels_users_id_idx\` ON \`articles_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_changes_requested\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_admin_override\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_users_id_idx\` ON \`_articles_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`pamphlets\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`pamphlets\` ADD \`workflow_changes_requested\` text;`)
  await db.run(sql`ALTER TABLE \`pamphlets\` ADD \`workflow_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`pamphlets\` ADD \`workflow_admin_override\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`pamphlets_workflow_workflow_state_idx\` ON \`pamphlets\` (\`workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`pamphlets_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`pamphlets_rels_users_id_idx\` ON \`pamphlets_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v\` ADD \`version_workflow_changes_requested\` text;`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v\` ADD \`version_workflow_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v\` ADD \`version_workflow_admin_override\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_version_workflow_version_workflow_state_idx\` ON \`_pamphlets_v\` (\`version_workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_pamphlets_v_rels_users_id_idx\` ON \`_pamphlets_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_changes_requested\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`videos\` ADD \`workflow_admin_override\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`videos_workflow_workflow_state_idx\` ON \`videos\` (\`workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`videos_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`videos_rels_users_id_idx\` ON \`videos_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_changes_requested\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` ADD \`version_workflow_admin_override\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_videos_v_version_workflow_version_workflow_state_idx\` ON \`_videos_v\` (\`version_workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`_videos_v_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_videos_v_rels_users_id_idx\` ON \`_videos_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_changes_requested\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_admin_override\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`events_workflow_workflow_state_idx\` ON \`events\` (\`workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`events_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`events_rels_users_id_idx\` ON \`events_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_changes_requested\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_content_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_admin_override\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_workflow_version_workflow_state_idx\` ON \`_events_v\` (\`version_workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`_events_v_rels\` ADD \`users_id\` integer REFERENCES users(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_events_v_rels_users_id_idx\` ON \`_events_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`credentials\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`content_reviews_id\` integer REFERENCES content_reviews(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_schedule_id\` integer REFERENCES review_schedule(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`content_reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_schedule_id_idx\` ON \`payload_locked_documents_rels\` (\`review_schedule_id\`);`)
  await db.run(sql`ALTER TABLE \`brand_guidelines\` ADD \`medical_review_required_approvals\` numeric DEFAULT 1 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`brand_guidelines\` ADD \`medical_review_overdue_policy\` text DEFAULT 'withhold' NOT NULL;`)
  // The on/off "withhold lapsed reviews" setting becomes the overdue policy; content already live was published before
  // the workflow existed and is marked published (its next publish needs an approval like any other).
  await db.run(sql`UPDATE \`brand_guidelines\` SET \`medical_review_overdue_policy\` = CASE WHEN \`medical_review_withhold_lapsed\` = 0 THEN 'keepServing' ELSE 'withhold' END;`)
  for (const table of ['articles', 'pamphlets', 'videos', 'events']) {
    await db.run(sql.raw(`UPDATE \`${table}\` SET \`workflow_state\` = 'published' WHERE \`_status\` = 'published';`))
    await db.run(sql.raw(`UPDATE \`_${table}_v\` SET \`version_workflow_state\` = 'published' WHERE \`version__status\` = 'published';`))
  }
  await db.run(sql`ALTER TABLE \`brand_guidelines\` DROP COLUMN \`medical_review_withhold_lapsed\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`content_reviews_reviewer_roles\`;`)
  await db.run(sql`DROP TABLE \`content_reviews\`;`)
  await db.run(sql`DROP TABLE \`review_schedule\`;`)
  await db.run(sql`DROP TABLE \`review_schedule_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id") SELECT "id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id" FROM \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
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
  await db.run(sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id") SELECT "id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id" FROM \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_pamphlets_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_pamphlets_rels\`("id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id") SELECT "id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id" FROM \`pamphlets_rels\`;`)
  await db.run(sql`DROP TABLE \`pamphlets_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_pamphlets_rels\` RENAME TO \`pamphlets_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new__pamphlets_v_rels\` (
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
  await db.run(sql`INSERT INTO \`__new__pamphlets_v_rels\`("id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id") SELECT "id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id" FROM \`_pamphlets_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_pamphlets_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__pamphlets_v_rels\` RENAME TO \`_pamphlets_v_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_videos_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_videos_rels\`("id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id") SELECT "id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id" FROM \`videos_rels\`;`)
  await db.run(sql`DROP TABLE \`videos_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_videos_rels\` RENAME TO \`videos_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new__videos_v_rels\` (
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
  await db.run(sql`INSERT INTO \`__new__videos_v_rels\`("id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id") SELECT "id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id" FROM \`_videos_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_videos_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__videos_v_rels\` RENAME TO \`_videos_v_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_events_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_events_rels\`("id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id") SELECT "id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id" FROM \`events_rels\`;`)
  await db.run(sql`DROP TABLE \`events_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_events_rels\` RENAME TO \`events_rels\`;`)
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
  await db.run(sql`CREATE TABLE \`__new__events_v_rels\` (
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
  await db.run(sql`INSERT INTO \`__new__events_v_rels\`("id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id") SELECT "id", "order", "parent_id", "path", "conditions_id", "segments_id", "articles_id", "pamphlets_id", "videos_id", "events_id", "snippets_id" FROM \`_events_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_events_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v_rels\` RENAME TO \`_events_v_rels\`;`)
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
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "pamphlets_id", "videos_id", "events_id", "conditions_id", "segments_id", "snippets_id", "media_id", "documents_id", "video_files_id", "caption_files_id", "users_id", "api_clients_id", "webhooks_id", "webhook_deliveries_id", "content_events_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "articles_id", "pamphlets_id", "videos_id", "events_id", "conditions_id", "segments_id", "snippets_id", "media_id", "documents_id", "video_files_id", "caption_files_id", "users_id", "api_clients_id", "webhooks_id", "webhook_deliveries_id", "content_events_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`DROP INDEX \`articles_workflow_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_changes_requested\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_content_hash\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_admin_override\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_workflow_version_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_changes_requested\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_content_hash\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_admin_override\`;`)
  await db.run(sql`DROP INDEX \`pamphlets_workflow_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`pamphlets\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`pamphlets\` DROP COLUMN \`workflow_changes_requested\`;`)
  await db.run(sql`ALTER TABLE \`pamphlets\` DROP COLUMN \`workflow_content_hash\`;`)
  await db.run(sql`ALTER TABLE \`pamphlets\` DROP COLUMN \`workflow_admin_override\`;`)
  await db.run(sql`DROP INDEX \`_pamphlets_v_version_workflow_version_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v\` DROP COLUMN \`version_workflow_changes_requested\`;`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v\` DROP COLUMN \`version_workflow_content_hash\`;`)
  await db.run(sql`ALTER TABLE \`_pamphlets_v\` DROP COLUMN \`version_workflow_admin_override\`;`)
  await db.run(sql`DROP INDEX \`videos_workflow_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_changes_requested\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_content_hash\`;`)
  await db.run(sql`ALTER TABLE \`videos\` DROP COLUMN \`workflow_admin_override\`;`)
  await db.run(sql`DROP INDEX \`_videos_v_version_workflow_version_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_changes_requested\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_content_hash\`;`)
  await db.run(sql`ALTER TABLE \`_videos_v\` DROP COLUMN \`version_workflow_admin_override\`;`)
  await db.run(sql`DROP INDEX \`events_workflow_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`workflow_changes_requested\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`workflow_content_hash\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`workflow_admin_override\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_workflow_version_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_workflow_changes_requested\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_workflow_content_hash\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_workflow_admin_override\`;`)
  await db.run(sql`ALTER TABLE \`brand_guidelines\` ADD \`medical_review_withhold_lapsed\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`brand_guidelines\` DROP COLUMN \`medical_review_required_approvals\`;`)
  await db.run(sql`ALTER TABLE \`brand_guidelines\` DROP COLUMN \`medical_review_overdue_policy\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`credentials\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
