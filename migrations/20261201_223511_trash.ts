import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "treatments" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_treatments_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "beauty_tips" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_beauty_tips_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  CREATE INDEX "articles_deleted_at_idx" ON "articles" USING btree ("deleted_at");
  CREATE INDEX "_articles_v_version_version_deleted_at_idx" ON "_articles_v" USING btree ("version_deleted_at");
  CREATE INDEX "treatments_deleted_at_idx" ON "treatments" USING btree ("deleted_at");
  CREATE INDEX "_treatments_v_version_version_deleted_at_idx" ON "_treatments_v" USING btree ("version_deleted_at");
  CREATE INDEX "faqs_deleted_at_idx" ON "faqs" USING btree ("deleted_at");
  CREATE INDEX "_faqs_v_version_version_deleted_at_idx" ON "_faqs_v" USING btree ("version_deleted_at");
  CREATE INDEX "beauty_tips_deleted_at_idx" ON "beauty_tips" USING btree ("deleted_at");
  CREATE INDEX "_beauty_tips_v_version_version_deleted_at_idx" ON "_beauty_tips_v" USING btree ("version_deleted_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_deleted_at_idx";
  DROP INDEX "_articles_v_version_version_deleted_at_idx";
  DROP INDEX "treatments_deleted_at_idx";
  DROP INDEX "_treatments_v_version_version_deleted_at_idx";
  DROP INDEX "faqs_deleted_at_idx";
  DROP INDEX "_faqs_v_version_version_deleted_at_idx";
  DROP INDEX "beauty_tips_deleted_at_idx";
  DROP INDEX "_beauty_tips_v_version_version_deleted_at_idx";
  ALTER TABLE "articles" DROP COLUMN "deleted_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "treatments" DROP COLUMN "deleted_at";
  ALTER TABLE "_treatments_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "faqs" DROP COLUMN "deleted_at";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "beauty_tips" DROP COLUMN "deleted_at";
  ALTER TABLE "_beauty_tips_v" DROP COLUMN "version_deleted_at";`)
}
