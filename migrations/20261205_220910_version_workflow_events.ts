import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_workflow_event" AS ENUM('submit', 'withdraw', 'request-changes', 'sign-off', 'approve', 'publish', 'schedule', 'unpublish', 'take-down', 'archive', 'reopen');
  CREATE TYPE "public"."enum__articles_v_version_workflow_event" AS ENUM('submit', 'withdraw', 'request-changes', 'sign-off', 'approve', 'publish', 'schedule', 'unpublish', 'take-down', 'archive', 'reopen');
  CREATE TYPE "public"."enum_treatments_workflow_event" AS ENUM('submit', 'withdraw', 'request-changes', 'sign-off', 'approve', 'publish', 'schedule', 'unpublish', 'take-down', 'archive', 'reopen');
  CREATE TYPE "public"."enum__treatments_v_version_workflow_event" AS ENUM('submit', 'withdraw', 'request-changes', 'sign-off', 'approve', 'publish', 'schedule', 'unpublish', 'take-down', 'archive', 'reopen');
  CREATE TYPE "public"."enum_faqs_workflow_event" AS ENUM('submit', 'withdraw', 'request-changes', 'sign-off', 'approve', 'publish', 'schedule', 'unpublish', 'take-down', 'archive', 'reopen');
  CREATE TYPE "public"."enum__faqs_v_version_workflow_event" AS ENUM('submit', 'withdraw', 'request-changes', 'sign-off', 'approve', 'publish', 'schedule', 'unpublish', 'take-down', 'archive', 'reopen');
  CREATE TYPE "public"."enum_beauty_tips_workflow_event" AS ENUM('submit', 'withdraw', 'request-changes', 'sign-off', 'approve', 'publish', 'schedule', 'unpublish', 'take-down', 'archive', 'reopen');
  CREATE TYPE "public"."enum__beauty_tips_v_version_workflow_event" AS ENUM('submit', 'withdraw', 'request-changes', 'sign-off', 'approve', 'publish', 'schedule', 'unpublish', 'take-down', 'archive', 'reopen');
  ALTER TABLE "articles" ADD COLUMN "workflow_event" "enum_articles_workflow_event";
  ALTER TABLE "articles" ADD COLUMN "workflow_event_by" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_event" "enum__articles_v_version_workflow_event";
  ALTER TABLE "_articles_v" ADD COLUMN "version_workflow_event_by" varchar;
  ALTER TABLE "treatments" ADD COLUMN "workflow_event" "enum_treatments_workflow_event";
  ALTER TABLE "treatments" ADD COLUMN "workflow_event_by" varchar;
  ALTER TABLE "_treatments_v" ADD COLUMN "version_workflow_event" "enum__treatments_v_version_workflow_event";
  ALTER TABLE "_treatments_v" ADD COLUMN "version_workflow_event_by" varchar;
  ALTER TABLE "faqs" ADD COLUMN "workflow_event" "enum_faqs_workflow_event";
  ALTER TABLE "faqs" ADD COLUMN "workflow_event_by" varchar;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_workflow_event" "enum__faqs_v_version_workflow_event";
  ALTER TABLE "_faqs_v" ADD COLUMN "version_workflow_event_by" varchar;
  ALTER TABLE "beauty_tips" ADD COLUMN "workflow_event" "enum_beauty_tips_workflow_event";
  ALTER TABLE "beauty_tips" ADD COLUMN "workflow_event_by" varchar;
  ALTER TABLE "_beauty_tips_v" ADD COLUMN "version_workflow_event" "enum__beauty_tips_v_version_workflow_event";
  ALTER TABLE "_beauty_tips_v" ADD COLUMN "version_workflow_event_by" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "workflow_event";
  ALTER TABLE "articles" DROP COLUMN "workflow_event_by";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_event";
  ALTER TABLE "_articles_v" DROP COLUMN "version_workflow_event_by";
  ALTER TABLE "treatments" DROP COLUMN "workflow_event";
  ALTER TABLE "treatments" DROP COLUMN "workflow_event_by";
  ALTER TABLE "_treatments_v" DROP COLUMN "version_workflow_event";
  ALTER TABLE "_treatments_v" DROP COLUMN "version_workflow_event_by";
  ALTER TABLE "faqs" DROP COLUMN "workflow_event";
  ALTER TABLE "faqs" DROP COLUMN "workflow_event_by";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_workflow_event";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_workflow_event_by";
  ALTER TABLE "beauty_tips" DROP COLUMN "workflow_event";
  ALTER TABLE "beauty_tips" DROP COLUMN "workflow_event_by";
  ALTER TABLE "_beauty_tips_v" DROP COLUMN "version_workflow_event";
  ALTER TABLE "_beauty_tips_v" DROP COLUMN "version_workflow_event_by";
  DROP TYPE "public"."enum_articles_workflow_event";
  DROP TYPE "public"."enum__articles_v_version_workflow_event";
  DROP TYPE "public"."enum_treatments_workflow_event";
  DROP TYPE "public"."enum__treatments_v_version_workflow_event";
  DROP TYPE "public"."enum_faqs_workflow_event";
  DROP TYPE "public"."enum__faqs_v_version_workflow_event";
  DROP TYPE "public"."enum_beauty_tips_workflow_event";
  DROP TYPE "public"."enum__beauty_tips_v_version_workflow_event";`)
}
