import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`programs_locales\` ADD \`admin_title\` text;`)
  await db.run(sql`CREATE INDEX \`programs_admin_title_idx\` ON \`programs_locales\` (\`admin_title\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_programs_v_locales\` ADD \`version_admin_title\` text;`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_admin_title_idx\` ON \`_programs_v_locales\` (\`version_admin_title\`,\`_locale\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`programs_admin_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`programs_locales\` DROP COLUMN \`admin_title\`;`)
  await db.run(sql`DROP INDEX \`_programs_v_version_version_admin_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`_programs_v_locales\` DROP COLUMN \`version_admin_title\`;`)
}
