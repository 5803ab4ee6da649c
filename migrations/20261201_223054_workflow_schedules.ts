import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_workflow_events_action" ADD VALUE 'take-down' BEFORE 'archive';
  ALTER TYPE "public"."enum_workflow_events_action" ADD VALUE 'schedule-failed';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'take-down-scheduled';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'take-down-overdue-reviews';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'take-down-scheduled';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'take-down-overdue-reviews';
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "schedule_issue" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_schedule_issue" varchar;
  ALTER TABLE "treatments" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "treatments" ADD COLUMN "schedule_issue" varchar;
  ALTER TABLE "_treatments_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_treatments_v" ADD COLUMN "version_schedule_issue" varchar;
  ALTER TABLE "faqs" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "schedule_issue" varchar;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_schedule_issue" varchar;
  ALTER TABLE "beauty_tips" ADD COLUMN "unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "beauty_tips" ADD COLUMN "schedule_issue" varchar;
  ALTER TABLE "_beauty_tips_v" ADD COLUMN "version_unpublish_at" timestamp(3) with time zone;
  ALTER TABLE "_beauty_tips_v" ADD COLUMN "version_schedule_issue" varchar;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "workflow_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflow_events_action";
  CREATE TYPE "public"."enum_workflow_events_action" AS ENUM('submit', 'withdraw', 'request-changes', 'sign-off', 'approve', 'publish', 'schedule', 'unpublish', 'archive', 'reopen', 'import', 'release');
  ALTER TABLE "workflow_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_workflow_events_action" USING "action"::"public"."enum_workflow_events_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publish-scheduled');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publish-scheduled');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "articles" DROP COLUMN "unpublish_at";
  ALTER TABLE "articles" DROP COLUMN "schedule_issue";
  ALTER TABLE "_articles_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_schedule_issue";
  ALTER TABLE "treatments" DROP COLUMN "unpublish_at";
  ALTER TABLE "treatments" DROP COLUMN "schedule_issue";
  ALTER TABLE "_treatments_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_treatments_v" DROP COLUMN "version_schedule_issue";
  ALTER TABLE "faqs" DROP COLUMN "unpublish_at";
  ALTER TABLE "faqs" DROP COLUMN "schedule_issue";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_schedule_issue";
  ALTER TABLE "beauty_tips" DROP COLUMN "unpublish_at";
  ALTER TABLE "beauty_tips" DROP COLUMN "schedule_issue";
  ALTER TABLE "_beauty_tips_v" DROP COLUMN "version_unpublish_at";
  ALTER TABLE "_beauty_tips_v" DROP COLUMN "version_schedule_issue";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";`)
}
