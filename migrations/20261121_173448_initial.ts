import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'scheduled', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'scheduled', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_treatments_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'scheduled', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum_treatments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__treatments_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'scheduled', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum__treatments_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_faqs_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'scheduled', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'scheduled', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_beauty_tips_category" AS ENUM('cleansing', 'exfoliation', 'toning', 'hydration', 'masks', 'application-technique', 'sun-protection', 'nutrition', 'lifestyle', 'treatment', 'other');
  CREATE TYPE "public"."enum_beauty_tips_routine_time" AS ENUM('am', 'pm', 'both', 'any');
  CREATE TYPE "public"."enum_beauty_tips_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'scheduled', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum_beauty_tips_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__beauty_tips_v_version_category" AS ENUM('cleansing', 'exfoliation', 'toning', 'hydration', 'masks', 'application-technique', 'sun-protection', 'nutrition', 'lifestyle', 'treatment', 'other');
  CREATE TYPE "public"."enum__beauty_tips_v_version_routine_time" AS ENUM('am', 'pm', 'both', 'any');
  CREATE TYPE "public"."enum__beauty_tips_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'scheduled', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum__beauty_tips_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_workflow_events_action" AS ENUM('submit', 'withdraw', 'request-changes', 'sign-off', 'approve', 'publish', 'schedule', 'unpublish', 'archive', 'reopen', 'import', 'release');
  CREATE TYPE "public"."enum_workflow_events_from" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'scheduled', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum_workflow_events_to" AS ENUM('draft', 'in-review', 'changes-requested', 'approved', 'scheduled', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'medical-reviewer');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publish-scheduled');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publish-scheduled');
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"excerpt" varchar,
  	"hero_image_id" integer,
  	"body" jsonb,
  	"medical" boolean DEFAULT false,
  	"published_at" timestamp(3) with time zone,
  	"reading_time" numeric,
  	"import_source_file_name" varchar,
  	"import_source_source_hash" varchar,
  	"import_source_content_hash" varchar,
  	"import_source_imported_at" timestamp(3) with time zone,
  	"import_source_imported_by" varchar,
  	"workflow_state" "enum_articles_workflow_state" DEFAULT 'draft',
  	"assignee_id" integer,
  	"author_id" integer,
  	"content_version" varchar,
  	"publish_at" timestamp(3) with time zone,
  	"sign_off_by_id" integer,
  	"sign_off_name" varchar,
  	"sign_off_credentials" varchar,
  	"sign_off_at" timestamp(3) with time zone,
  	"sign_off_version" varchar,
  	"sign_off_review_due_at" timestamp(3) with time zone,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"treatments_id" integer,
  	"faqs_id" integer,
  	"beauty_tips_id" integer,
  	"topics_id" integer,
  	"authors_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_excerpt" varchar,
  	"version_hero_image_id" integer,
  	"version_body" jsonb,
  	"version_medical" boolean DEFAULT false,
  	"version_published_at" timestamp(3) with time zone,
  	"version_reading_time" numeric,
  	"version_import_source_file_name" varchar,
  	"version_import_source_source_hash" varchar,
  	"version_import_source_content_hash" varchar,
  	"version_import_source_imported_at" timestamp(3) with time zone,
  	"version_import_source_imported_by" varchar,
  	"version_workflow_state" "enum__articles_v_version_workflow_state" DEFAULT 'draft',
  	"version_assignee_id" integer,
  	"version_author_id" integer,
  	"version_content_version" varchar,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_sign_off_by_id" integer,
  	"version_sign_off_name" varchar,
  	"version_sign_off_credentials" varchar,
  	"version_sign_off_at" timestamp(3) with time zone,
  	"version_sign_off_version" varchar,
  	"version_sign_off_review_due_at" timestamp(3) with time zone,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"treatments_id" integer,
  	"faqs_id" integer,
  	"beauty_tips_id" integer,
  	"topics_id" integer,
  	"authors_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "treatments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"summary" varchar,
  	"hero_image_id" integer,
  	"body" jsonb,
  	"how_it_works" varchar,
  	"sessions_count" varchar,
  	"sessions_spacing" varchar,
  	"timeline_first_visible" varchar,
  	"timeline_full_result" varchar,
  	"timeline_lasts" varchar,
  	"timeline_note" varchar,
  	"downtime" varchar,
  	"review_note" varchar,
  	"workflow_state" "enum_treatments_workflow_state" DEFAULT 'draft',
  	"assignee_id" integer,
  	"author_id" integer,
  	"content_version" varchar,
  	"publish_at" timestamp(3) with time zone,
  	"sign_off_by_id" integer,
  	"sign_off_name" varchar,
  	"sign_off_credentials" varchar,
  	"sign_off_at" timestamp(3) with time zone,
  	"sign_off_version" varchar,
  	"sign_off_review_due_at" timestamp(3) with time zone,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_treatments_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "treatments_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "treatments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_treatments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_hero_image_id" integer,
  	"version_body" jsonb,
  	"version_how_it_works" varchar,
  	"version_sessions_count" varchar,
  	"version_sessions_spacing" varchar,
  	"version_timeline_first_visible" varchar,
  	"version_timeline_full_result" varchar,
  	"version_timeline_lasts" varchar,
  	"version_timeline_note" varchar,
  	"version_downtime" varchar,
  	"version_review_note" varchar,
  	"version_workflow_state" "enum__treatments_v_version_workflow_state" DEFAULT 'draft',
  	"version_assignee_id" integer,
  	"version_author_id" integer,
  	"version_content_version" varchar,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_sign_off_by_id" integer,
  	"version_sign_off_name" varchar,
  	"version_sign_off_credentials" varchar,
  	"version_sign_off_at" timestamp(3) with time zone,
  	"version_sign_off_version" varchar,
  	"version_sign_off_review_due_at" timestamp(3) with time zone,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__treatments_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_treatments_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_treatments_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"answer" jsonb,
  	"order" numeric DEFAULT 0,
  	"medical" boolean DEFAULT false,
  	"workflow_state" "enum_faqs_workflow_state" DEFAULT 'draft',
  	"assignee_id" integer,
  	"author_id" integer,
  	"content_version" varchar,
  	"publish_at" timestamp(3) with time zone,
  	"sign_off_by_id" integer,
  	"sign_off_name" varchar,
  	"sign_off_credentials" varchar,
  	"sign_off_at" timestamp(3) with time zone,
  	"sign_off_version" varchar,
  	"sign_off_review_due_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "faqs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"treatments_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_question" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_answer" jsonb,
  	"version_order" numeric DEFAULT 0,
  	"version_medical" boolean DEFAULT false,
  	"version_workflow_state" "enum__faqs_v_version_workflow_state" DEFAULT 'draft',
  	"version_assignee_id" integer,
  	"version_author_id" integer,
  	"version_content_version" varchar,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_sign_off_by_id" integer,
  	"version_sign_off_name" varchar,
  	"version_sign_off_credentials" varchar,
  	"version_sign_off_at" timestamp(3) with time zone,
  	"version_sign_off_version" varchar,
  	"version_sign_off_review_due_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_faqs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"treatments_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "beauty_tips" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"summary" varchar,
  	"hero_image_id" integer,
  	"body" jsonb,
  	"category" "enum_beauty_tips_category" DEFAULT 'other',
  	"routine_time" "enum_beauty_tips_routine_time" DEFAULT 'any',
  	"routine_step" numeric,
  	"medical" boolean DEFAULT false,
  	"workflow_state" "enum_beauty_tips_workflow_state" DEFAULT 'draft',
  	"assignee_id" integer,
  	"author_id" integer,
  	"content_version" varchar,
  	"publish_at" timestamp(3) with time zone,
  	"sign_off_by_id" integer,
  	"sign_off_name" varchar,
  	"sign_off_credentials" varchar,
  	"sign_off_at" timestamp(3) with time zone,
  	"sign_off_version" varchar,
  	"sign_off_review_due_at" timestamp(3) with time zone,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_beauty_tips_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "beauty_tips_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"treatments_id" integer,
  	"topics_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_beauty_tips_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_hero_image_id" integer,
  	"version_body" jsonb,
  	"version_category" "enum__beauty_tips_v_version_category" DEFAULT 'other',
  	"version_routine_time" "enum__beauty_tips_v_version_routine_time" DEFAULT 'any',
  	"version_routine_step" numeric,
  	"version_medical" boolean DEFAULT false,
  	"version_workflow_state" "enum__beauty_tips_v_version_workflow_state" DEFAULT 'draft',
  	"version_assignee_id" integer,
  	"version_author_id" integer,
  	"version_content_version" varchar,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_sign_off_by_id" integer,
  	"version_sign_off_name" varchar,
  	"version_sign_off_credentials" varchar,
  	"version_sign_off_at" timestamp(3) with time zone,
  	"version_sign_off_version" varchar,
  	"version_sign_off_review_due_at" timestamp(3) with time zone,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__beauty_tips_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_beauty_tips_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"treatments_id" integer,
  	"topics_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "authors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar NOT NULL,
  	"credentials" varchar,
  	"bio" varchar,
  	"photo_id" integer,
  	"user_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"author_id" integer,
  	"resolved" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "comments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"treatments_id" integer,
  	"faqs_id" integer,
  	"beauty_tips_id" integer
  );
  
  CREATE TABLE "workflow_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar,
  	"collection_slug" varchar NOT NULL,
  	"doc_id" numeric NOT NULL,
  	"doc_title" varchar,
  	"action" "enum_workflow_events_action" NOT NULL,
  	"from" "enum_workflow_events_from",
  	"to" "enum_workflow_events_to" NOT NULL,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"version" varchar,
  	"note" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"credentials" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"treatments_id" integer,
  	"faqs_id" integer,
  	"beauty_tips_id" integer,
  	"topics_id" integer,
  	"authors_id" integer,
  	"media_id" integer,
  	"comments_id" integer,
  	"workflow_events_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_sign_off_by_id_users_id_fk" FOREIGN KEY ("sign_off_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_beauty_tips_fk" FOREIGN KEY ("beauty_tips_id") REFERENCES "public"."beauty_tips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_sign_off_by_id_users_id_fk" FOREIGN KEY ("version_sign_off_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_beauty_tips_fk" FOREIGN KEY ("beauty_tips_id") REFERENCES "public"."beauty_tips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments" ADD CONSTRAINT "treatments_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments" ADD CONSTRAINT "treatments_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments" ADD CONSTRAINT "treatments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments" ADD CONSTRAINT "treatments_sign_off_by_id_users_id_fk" FOREIGN KEY ("sign_off_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments" ADD CONSTRAINT "treatments_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "treatments_texts" ADD CONSTRAINT "treatments_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_rels" ADD CONSTRAINT "treatments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_rels" ADD CONSTRAINT "treatments_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_rels" ADD CONSTRAINT "treatments_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_parent_id_treatments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_version_sign_off_by_id_users_id_fk" FOREIGN KEY ("version_sign_off_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v_texts" ADD CONSTRAINT "_treatments_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_rels" ADD CONSTRAINT "_treatments_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_rels" ADD CONSTRAINT "_treatments_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_rels" ADD CONSTRAINT "_treatments_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_sign_off_by_id_users_id_fk" FOREIGN KEY ("sign_off_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_sign_off_by_id_users_id_fk" FOREIGN KEY ("version_sign_off_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "beauty_tips" ADD CONSTRAINT "beauty_tips_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "beauty_tips" ADD CONSTRAINT "beauty_tips_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "beauty_tips" ADD CONSTRAINT "beauty_tips_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "beauty_tips" ADD CONSTRAINT "beauty_tips_sign_off_by_id_users_id_fk" FOREIGN KEY ("sign_off_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "beauty_tips" ADD CONSTRAINT "beauty_tips_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "beauty_tips_rels" ADD CONSTRAINT "beauty_tips_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."beauty_tips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "beauty_tips_rels" ADD CONSTRAINT "beauty_tips_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "beauty_tips_rels" ADD CONSTRAINT "beauty_tips_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "beauty_tips_rels" ADD CONSTRAINT "beauty_tips_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_beauty_tips_v" ADD CONSTRAINT "_beauty_tips_v_parent_id_beauty_tips_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."beauty_tips"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_beauty_tips_v" ADD CONSTRAINT "_beauty_tips_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_beauty_tips_v" ADD CONSTRAINT "_beauty_tips_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_beauty_tips_v" ADD CONSTRAINT "_beauty_tips_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_beauty_tips_v" ADD CONSTRAINT "_beauty_tips_v_version_sign_off_by_id_users_id_fk" FOREIGN KEY ("version_sign_off_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_beauty_tips_v" ADD CONSTRAINT "_beauty_tips_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_beauty_tips_v_rels" ADD CONSTRAINT "_beauty_tips_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_beauty_tips_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_beauty_tips_v_rels" ADD CONSTRAINT "_beauty_tips_v_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_beauty_tips_v_rels" ADD CONSTRAINT "_beauty_tips_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_beauty_tips_v_rels" ADD CONSTRAINT "_beauty_tips_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authors" ADD CONSTRAINT "authors_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "authors" ADD CONSTRAINT "authors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_rels" ADD CONSTRAINT "comments_rels_beauty_tips_fk" FOREIGN KEY ("beauty_tips_id") REFERENCES "public"."beauty_tips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_beauty_tips_fk" FOREIGN KEY ("beauty_tips_id") REFERENCES "public"."beauty_tips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_authors_fk" FOREIGN KEY ("authors_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_import_source_import_source_file_name_idx" ON "articles" USING btree ("import_source_file_name");
  CREATE INDEX "articles_workflow_state_idx" ON "articles" USING btree ("workflow_state");
  CREATE INDEX "articles_assignee_idx" ON "articles" USING btree ("assignee_id");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_sign_off_sign_off_by_idx" ON "articles" USING btree ("sign_off_by_id");
  CREATE INDEX "articles_sign_off_sign_off_review_due_at_idx" ON "articles" USING btree ("sign_off_review_due_at");
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles" USING btree ("meta_image_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_treatments_id_idx" ON "articles_rels" USING btree ("treatments_id");
  CREATE INDEX "articles_rels_faqs_id_idx" ON "articles_rels" USING btree ("faqs_id");
  CREATE INDEX "articles_rels_beauty_tips_id_idx" ON "articles_rels" USING btree ("beauty_tips_id");
  CREATE INDEX "articles_rels_topics_id_idx" ON "articles_rels" USING btree ("topics_id");
  CREATE INDEX "articles_rels_authors_id_idx" ON "articles_rels" USING btree ("authors_id");
  CREATE INDEX "articles_rels_users_id_idx" ON "articles_rels" USING btree ("users_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_import_source_version_import_source__idx" ON "_articles_v" USING btree ("version_import_source_file_name");
  CREATE INDEX "_articles_v_version_version_workflow_state_idx" ON "_articles_v" USING btree ("version_workflow_state");
  CREATE INDEX "_articles_v_version_version_assignee_idx" ON "_articles_v" USING btree ("version_assignee_id");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_sign_off_version_sign_off_by_idx" ON "_articles_v" USING btree ("version_sign_off_by_id");
  CREATE INDEX "_articles_v_version_sign_off_version_sign_off_review_due_idx" ON "_articles_v" USING btree ("version_sign_off_review_due_at");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_treatments_id_idx" ON "_articles_v_rels" USING btree ("treatments_id");
  CREATE INDEX "_articles_v_rels_faqs_id_idx" ON "_articles_v_rels" USING btree ("faqs_id");
  CREATE INDEX "_articles_v_rels_beauty_tips_id_idx" ON "_articles_v_rels" USING btree ("beauty_tips_id");
  CREATE INDEX "_articles_v_rels_topics_id_idx" ON "_articles_v_rels" USING btree ("topics_id");
  CREATE INDEX "_articles_v_rels_authors_id_idx" ON "_articles_v_rels" USING btree ("authors_id");
  CREATE INDEX "_articles_v_rels_users_id_idx" ON "_articles_v_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "treatments_slug_idx" ON "treatments" USING btree ("slug");
  CREATE INDEX "treatments_hero_image_idx" ON "treatments" USING btree ("hero_image_id");
  CREATE INDEX "treatments_workflow_state_idx" ON "treatments" USING btree ("workflow_state");
  CREATE INDEX "treatments_assignee_idx" ON "treatments" USING btree ("assignee_id");
  CREATE INDEX "treatments_author_idx" ON "treatments" USING btree ("author_id");
  CREATE INDEX "treatments_sign_off_sign_off_by_idx" ON "treatments" USING btree ("sign_off_by_id");
  CREATE INDEX "treatments_sign_off_sign_off_review_due_at_idx" ON "treatments" USING btree ("sign_off_review_due_at");
  CREATE INDEX "treatments_meta_meta_image_idx" ON "treatments" USING btree ("meta_image_id");
  CREATE INDEX "treatments_updated_at_idx" ON "treatments" USING btree ("updated_at");
  CREATE INDEX "treatments_created_at_idx" ON "treatments" USING btree ("created_at");
  CREATE INDEX "treatments__status_idx" ON "treatments" USING btree ("_status");
  CREATE INDEX "treatments_texts_order_parent" ON "treatments_texts" USING btree ("order","parent_id");
  CREATE INDEX "treatments_rels_order_idx" ON "treatments_rels" USING btree ("order");
  CREATE INDEX "treatments_rels_parent_idx" ON "treatments_rels" USING btree ("parent_id");
  CREATE INDEX "treatments_rels_path_idx" ON "treatments_rels" USING btree ("path");
  CREATE INDEX "treatments_rels_topics_id_idx" ON "treatments_rels" USING btree ("topics_id");
  CREATE INDEX "treatments_rels_users_id_idx" ON "treatments_rels" USING btree ("users_id");
  CREATE INDEX "_treatments_v_parent_idx" ON "_treatments_v" USING btree ("parent_id");
  CREATE INDEX "_treatments_v_version_version_slug_idx" ON "_treatments_v" USING btree ("version_slug");
  CREATE INDEX "_treatments_v_version_version_hero_image_idx" ON "_treatments_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_treatments_v_version_version_workflow_state_idx" ON "_treatments_v" USING btree ("version_workflow_state");
  CREATE INDEX "_treatments_v_version_version_assignee_idx" ON "_treatments_v" USING btree ("version_assignee_id");
  CREATE INDEX "_treatments_v_version_version_author_idx" ON "_treatments_v" USING btree ("version_author_id");
  CREATE INDEX "_treatments_v_version_sign_off_version_sign_off_by_idx" ON "_treatments_v" USING btree ("version_sign_off_by_id");
  CREATE INDEX "_treatments_v_version_sign_off_version_sign_off_review_d_idx" ON "_treatments_v" USING btree ("version_sign_off_review_due_at");
  CREATE INDEX "_treatments_v_version_meta_version_meta_image_idx" ON "_treatments_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_treatments_v_version_version_updated_at_idx" ON "_treatments_v" USING btree ("version_updated_at");
  CREATE INDEX "_treatments_v_version_version_created_at_idx" ON "_treatments_v" USING btree ("version_created_at");
  CREATE INDEX "_treatments_v_version_version__status_idx" ON "_treatments_v" USING btree ("version__status");
  CREATE INDEX "_treatments_v_created_at_idx" ON "_treatments_v" USING btree ("created_at");
  CREATE INDEX "_treatments_v_updated_at_idx" ON "_treatments_v" USING btree ("updated_at");
  CREATE INDEX "_treatments_v_latest_idx" ON "_treatments_v" USING btree ("latest");
  CREATE INDEX "_treatments_v_autosave_idx" ON "_treatments_v" USING btree ("autosave");
  CREATE INDEX "_treatments_v_texts_order_parent" ON "_treatments_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_treatments_v_rels_order_idx" ON "_treatments_v_rels" USING btree ("order");
  CREATE INDEX "_treatments_v_rels_parent_idx" ON "_treatments_v_rels" USING btree ("parent_id");
  CREATE INDEX "_treatments_v_rels_path_idx" ON "_treatments_v_rels" USING btree ("path");
  CREATE INDEX "_treatments_v_rels_topics_id_idx" ON "_treatments_v_rels" USING btree ("topics_id");
  CREATE INDEX "_treatments_v_rels_users_id_idx" ON "_treatments_v_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "faqs_slug_idx" ON "faqs" USING btree ("slug");
  CREATE INDEX "faqs_workflow_state_idx" ON "faqs" USING btree ("workflow_state");
  CREATE INDEX "faqs_assignee_idx" ON "faqs" USING btree ("assignee_id");
  CREATE INDEX "faqs_author_idx" ON "faqs" USING btree ("author_id");
  CREATE INDEX "faqs_sign_off_sign_off_by_idx" ON "faqs" USING btree ("sign_off_by_id");
  CREATE INDEX "faqs_sign_off_sign_off_review_due_at_idx" ON "faqs" USING btree ("sign_off_review_due_at");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE INDEX "faqs_rels_order_idx" ON "faqs_rels" USING btree ("order");
  CREATE INDEX "faqs_rels_parent_idx" ON "faqs_rels" USING btree ("parent_id");
  CREATE INDEX "faqs_rels_path_idx" ON "faqs_rels" USING btree ("path");
  CREATE INDEX "faqs_rels_topics_id_idx" ON "faqs_rels" USING btree ("topics_id");
  CREATE INDEX "faqs_rels_treatments_id_idx" ON "faqs_rels" USING btree ("treatments_id");
  CREATE INDEX "faqs_rels_users_id_idx" ON "faqs_rels" USING btree ("users_id");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version_slug_idx" ON "_faqs_v" USING btree ("version_slug");
  CREATE INDEX "_faqs_v_version_version_workflow_state_idx" ON "_faqs_v" USING btree ("version_workflow_state");
  CREATE INDEX "_faqs_v_version_version_assignee_idx" ON "_faqs_v" USING btree ("version_assignee_id");
  CREATE INDEX "_faqs_v_version_version_author_idx" ON "_faqs_v" USING btree ("version_author_id");
  CREATE INDEX "_faqs_v_version_sign_off_version_sign_off_by_idx" ON "_faqs_v" USING btree ("version_sign_off_by_id");
  CREATE INDEX "_faqs_v_version_sign_off_version_sign_off_review_due_at_idx" ON "_faqs_v" USING btree ("version_sign_off_review_due_at");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE INDEX "_faqs_v_autosave_idx" ON "_faqs_v" USING btree ("autosave");
  CREATE INDEX "_faqs_v_rels_order_idx" ON "_faqs_v_rels" USING btree ("order");
  CREATE INDEX "_faqs_v_rels_parent_idx" ON "_faqs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_rels_path_idx" ON "_faqs_v_rels" USING btree ("path");
  CREATE INDEX "_faqs_v_rels_topics_id_idx" ON "_faqs_v_rels" USING btree ("topics_id");
  CREATE INDEX "_faqs_v_rels_treatments_id_idx" ON "_faqs_v_rels" USING btree ("treatments_id");
  CREATE INDEX "_faqs_v_rels_users_id_idx" ON "_faqs_v_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "beauty_tips_slug_idx" ON "beauty_tips" USING btree ("slug");
  CREATE INDEX "beauty_tips_hero_image_idx" ON "beauty_tips" USING btree ("hero_image_id");
  CREATE INDEX "beauty_tips_workflow_state_idx" ON "beauty_tips" USING btree ("workflow_state");
  CREATE INDEX "beauty_tips_assignee_idx" ON "beauty_tips" USING btree ("assignee_id");
  CREATE INDEX "beauty_tips_author_idx" ON "beauty_tips" USING btree ("author_id");
  CREATE INDEX "beauty_tips_sign_off_sign_off_by_idx" ON "beauty_tips" USING btree ("sign_off_by_id");
  CREATE INDEX "beauty_tips_sign_off_sign_off_review_due_at_idx" ON "beauty_tips" USING btree ("sign_off_review_due_at");
  CREATE INDEX "beauty_tips_meta_meta_image_idx" ON "beauty_tips" USING btree ("meta_image_id");
  CREATE INDEX "beauty_tips_updated_at_idx" ON "beauty_tips" USING btree ("updated_at");
  CREATE INDEX "beauty_tips_created_at_idx" ON "beauty_tips" USING btree ("created_at");
  CREATE INDEX "beauty_tips__status_idx" ON "beauty_tips" USING btree ("_status");
  CREATE INDEX "beauty_tips_rels_order_idx" ON "beauty_tips_rels" USING btree ("order");
  CREATE INDEX "beauty_tips_rels_parent_idx" ON "beauty_tips_rels" USING btree ("parent_id");
  CREATE INDEX "beauty_tips_rels_path_idx" ON "beauty_tips_rels" USING btree ("path");
  CREATE INDEX "beauty_tips_rels_treatments_id_idx" ON "beauty_tips_rels" USING btree ("treatments_id");
  CREATE INDEX "beauty_tips_rels_topics_id_idx" ON "beauty_tips_rels" USING btree ("topics_id");
  CREATE INDEX "beauty_tips_rels_users_id_idx" ON "beauty_tips_rels" USING btree ("users_id");
  CREATE INDEX "_beauty_tips_v_parent_idx" ON "_beauty_tips_v" USING btree ("parent_id");
  CREATE INDEX "_beauty_tips_v_version_version_slug_idx" ON "_beauty_tips_v" USING btree ("version_slug");
  CREATE INDEX "_beauty_tips_v_version_version_hero_image_idx" ON "_beauty_tips_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_beauty_tips_v_version_version_workflow_state_idx" ON "_beauty_tips_v" USING btree ("version_workflow_state");
  CREATE INDEX "_beauty_tips_v_version_version_assignee_idx" ON "_beauty_tips_v" USING btree ("version_assignee_id");
  CREATE INDEX "_beauty_tips_v_version_version_author_idx" ON "_beauty_tips_v" USING btree ("version_author_id");
  CREATE INDEX "_beauty_tips_v_version_sign_off_version_sign_off_by_idx" ON "_beauty_tips_v" USING btree ("version_sign_off_by_id");
  CREATE INDEX "_beauty_tips_v_version_sign_off_version_sign_off_review__idx" ON "_beauty_tips_v" USING btree ("version_sign_off_review_due_at");
  CREATE INDEX "_beauty_tips_v_version_meta_version_meta_image_idx" ON "_beauty_tips_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_beauty_tips_v_version_version_updated_at_idx" ON "_beauty_tips_v" USING btree ("version_updated_at");
  CREATE INDEX "_beauty_tips_v_version_version_created_at_idx" ON "_beauty_tips_v" USING btree ("version_created_at");
  CREATE INDEX "_beauty_tips_v_version_version__status_idx" ON "_beauty_tips_v" USING btree ("version__status");
  CREATE INDEX "_beauty_tips_v_created_at_idx" ON "_beauty_tips_v" USING btree ("created_at");
  CREATE INDEX "_beauty_tips_v_updated_at_idx" ON "_beauty_tips_v" USING btree ("updated_at");
  CREATE INDEX "_beauty_tips_v_latest_idx" ON "_beauty_tips_v" USING btree ("latest");
  CREATE INDEX "_beauty_tips_v_autosave_idx" ON "_beauty_tips_v" USING btree ("autosave");
  CREATE INDEX "_beauty_tips_v_rels_order_idx" ON "_beauty_tips_v_rels" USING btree ("order");
  CREATE INDEX "_beauty_tips_v_rels_parent_idx" ON "_beauty_tips_v_rels" USING btree ("parent_id");
  CREATE INDEX "_beauty_tips_v_rels_path_idx" ON "_beauty_tips_v_rels" USING btree ("path");
  CREATE INDEX "_beauty_tips_v_rels_treatments_id_idx" ON "_beauty_tips_v_rels" USING btree ("treatments_id");
  CREATE INDEX "_beauty_tips_v_rels_topics_id_idx" ON "_beauty_tips_v_rels" USING btree ("topics_id");
  CREATE INDEX "_beauty_tips_v_rels_users_id_idx" ON "_beauty_tips_v_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "topics_name_idx" ON "topics" USING btree ("name");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "authors_slug_idx" ON "authors" USING btree ("slug");
  CREATE INDEX "authors_photo_idx" ON "authors" USING btree ("photo_id");
  CREATE INDEX "authors_user_idx" ON "authors" USING btree ("user_id");
  CREATE INDEX "authors_updated_at_idx" ON "authors" USING btree ("updated_at");
  CREATE INDEX "authors_created_at_idx" ON "authors" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE INDEX "comments_author_idx" ON "comments" USING btree ("author_id");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "comments_rels_order_idx" ON "comments_rels" USING btree ("order");
  CREATE INDEX "comments_rels_parent_idx" ON "comments_rels" USING btree ("parent_id");
  CREATE INDEX "comments_rels_path_idx" ON "comments_rels" USING btree ("path");
  CREATE INDEX "comments_rels_articles_id_idx" ON "comments_rels" USING btree ("articles_id");
  CREATE INDEX "comments_rels_treatments_id_idx" ON "comments_rels" USING btree ("treatments_id");
  CREATE INDEX "comments_rels_faqs_id_idx" ON "comments_rels" USING btree ("faqs_id");
  CREATE INDEX "comments_rels_beauty_tips_id_idx" ON "comments_rels" USING btree ("beauty_tips_id");
  CREATE INDEX "workflow_events_collection_slug_idx" ON "workflow_events" USING btree ("collection_slug");
  CREATE INDEX "workflow_events_doc_id_idx" ON "workflow_events" USING btree ("doc_id");
  CREATE INDEX "workflow_events_actor_idx" ON "workflow_events" USING btree ("actor_id");
  CREATE INDEX "workflow_events_at_idx" ON "workflow_events" USING btree ("at");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_treatments_id_idx" ON "payload_locked_documents_rels" USING btree ("treatments_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_beauty_tips_id_idx" ON "payload_locked_documents_rels" USING btree ("beauty_tips_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_authors_id_idx" ON "payload_locked_documents_rels" USING btree ("authors_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "treatments" CASCADE;
  DROP TABLE "treatments_texts" CASCADE;
  DROP TABLE "treatments_rels" CASCADE;
  DROP TABLE "_treatments_v" CASCADE;
  DROP TABLE "_treatments_v_texts" CASCADE;
  DROP TABLE "_treatments_v_rels" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "faqs_rels" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "_faqs_v_rels" CASCADE;
  DROP TABLE "beauty_tips" CASCADE;
  DROP TABLE "beauty_tips_rels" CASCADE;
  DROP TABLE "_beauty_tips_v" CASCADE;
  DROP TABLE "_beauty_tips_v_rels" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "authors" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "comments_rels" CASCADE;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_articles_workflow_state";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_workflow_state";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_treatments_workflow_state";
  DROP TYPE "public"."enum_treatments_status";
  DROP TYPE "public"."enum__treatments_v_version_workflow_state";
  DROP TYPE "public"."enum__treatments_v_version_status";
  DROP TYPE "public"."enum_faqs_workflow_state";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_workflow_state";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum_beauty_tips_category";
  DROP TYPE "public"."enum_beauty_tips_routine_time";
  DROP TYPE "public"."enum_beauty_tips_workflow_state";
  DROP TYPE "public"."enum_beauty_tips_status";
  DROP TYPE "public"."enum__beauty_tips_v_version_category";
  DROP TYPE "public"."enum__beauty_tips_v_version_routine_time";
  DROP TYPE "public"."enum__beauty_tips_v_version_workflow_state";
  DROP TYPE "public"."enum__beauty_tips_v_version_status";
  DROP TYPE "public"."enum_workflow_events_action";
  DROP TYPE "public"."enum_workflow_events_from";
  DROP TYPE "public"."enum_workflow_events_to";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
