import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "job_leases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"holder" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "job_leases_id" integer;
  CREATE UNIQUE INDEX "job_leases_key_idx" ON "job_leases" USING btree ("key");
  CREATE INDEX "job_leases_expires_at_idx" ON "job_leases" USING btree ("expires_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_job_leases_fk" FOREIGN KEY ("job_leases_id") REFERENCES "public"."job_leases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_job_leases_id_idx" ON "payload_locked_documents_rels" USING btree ("job_leases_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "job_leases" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "job_leases" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_job_leases_fk";
  
  DROP INDEX "payload_locked_documents_rels_job_leases_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "job_leases_id";`)
}
