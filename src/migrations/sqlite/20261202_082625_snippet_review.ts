import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_snippets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_clinical\` integer DEFAULT true,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_snippets_v_parent_idx\` ON \`_snippets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_snippets_v_version_version_slug_idx\` ON \`_snippets_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_snippets_v_version_version_updated_at_idx\` ON \`_snippets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_snippets_v_version_version_created_at_idx\` ON \`_snippets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_snippets_v_version_version__status_idx\` ON \`_snippets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_snippets_v_created_at_idx\` ON \`_snippets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_snippets_v_updated_at_idx\` ON \`_snippets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_snippets_v_snapshot_idx\` ON \`_snippets_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_snippets_v_published_locale_idx\` ON \`_snippets_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_snippets_v_latest_idx\` ON \`_snippets_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_snippets_v_locales\` (
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_snippets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_snippets_v_locales_locale_parent_id_unique\` ON \`_snippets_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_snippets_v_locales_parent_idx\` ON \`_snippets_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_snippets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`clinical\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_snippets\`("id", "title", "slug", "clinical", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", true, "updated_at", "created_at", 'published' FROM \`snippets\`;`) // snippets live before drafts existed stay published
  await db.run(sql`DROP TABLE \`snippets\`;`)
  await db.run(sql`ALTER TABLE \`__new_snippets\` RENAME TO \`snippets\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`snippets_slug_idx\` ON \`snippets\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`snippets_updated_at_idx\` ON \`snippets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`snippets_created_at_idx\` ON \`snippets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`snippets__status_idx\` ON \`snippets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_snippets_locales\` (
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_snippets_locales\`("body", "id", "_locale", "_parent_id") SELECT "body", "id", "_locale", "_parent_id" FROM \`snippets_locales\`;`)
  await db.run(sql`DROP TABLE \`snippets_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_snippets_locales\` RENAME TO \`snippets_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`snippets_locales_locale_parent_id_unique\` ON \`snippets_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`snippets_locales_parent_idx\` ON \`snippets_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_snippets_v\`;`)
  await db.run(sql`DROP TABLE \`_snippets_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_snippets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_snippets\`("id", "title", "slug", "updated_at", "created_at") SELECT "id", "title", "slug", "updated_at", "created_at" FROM \`snippets\`;`)
  await db.run(sql`DROP TABLE \`snippets\`;`)
  await db.run(sql`ALTER TABLE \`__new_snippets\` RENAME TO \`snippets\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`snippets_slug_idx\` ON \`snippets\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`snippets_updated_at_idx\` ON \`snippets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`snippets_created_at_idx\` ON \`snippets\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_snippets_locales\` (
  	\`body\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`snippets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_snippets_locales\`("body", "id", "_locale", "_parent_id") SELECT "body", "id", "_locale", "_parent_id" FROM \`snippets_locales\`;`)
  await db.run(sql`DROP TABLE \`snippets_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_snippets_locales\` RENAME TO \`snippets_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`snippets_locales_locale_parent_id_unique\` ON \`snippets_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`snippets_locales_parent_idx\` ON \`snippets_locales\` (\`_parent_id\`);`)
}
