CREATE TABLE "mentoring_action_items" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"session_id" uuid,
	"text" text NOT NULL,
	"due_date" date NOT NULL,
	"owner" text NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"done_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_action_items_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "mentoring_check_ins" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"challenge_id" text NOT NULL,
	"author_user_id" uuid,
	"progress" integer NOT NULL,
	"evidence" text,
	"blockers" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_check_ins_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "mentoring_closure_feedback" (
	"organisation_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"side" text NOT NULL,
	"author_user_id" uuid,
	"overall" integer NOT NULL,
	"goal_progress" integer NOT NULL,
	"would_recommend" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_closure_feedback_organisation_id_engagement_id_side_pk" PRIMARY KEY("organisation_id","engagement_id","side")
);
--> statement-breakpoint
CREATE TABLE "mentoring_engagements" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"mentor_user_id" uuid NOT NULL,
	"sponsor_person_id" uuid,
	"status" text DEFAULT 'proposed' NOT NULL,
	"start_date" date NOT NULL,
	"planned_end_date" date NOT NULL,
	"time_zone" text DEFAULT 'Europe/Brussels' NOT NULL,
	"goals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status_changed_at" timestamp with time zone NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_engagements_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "mentoring_enrolments" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"module_id" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"planned_for" date,
	"status_changed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_enrolments_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "mentoring_notes" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"visibility" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_notes_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "mentoring_nudge_jobs" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"dedupe_key" text NOT NULL,
	"kind" text NOT NULL,
	"recipient_user_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"subject_id" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"skipped_at" timestamp with time zone,
	"skip_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_nudge_jobs_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "mentoring_preferences" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"nudges" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_preferences_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "mentoring_reactions" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"respondent_user_id" uuid,
	"satisfaction" integer NOT NULL,
	"relevance" integer NOT NULL,
	"intent_to_apply" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_reactions_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "mentoring_sessions" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_by" text NOT NULL,
	"slots" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"start_at" timestamp with time zone,
	"end_at" timestamp with time zone,
	"scheduled_at" timestamp with time zone,
	"time_zone" text NOT NULL,
	"location" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"agenda" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cancelled_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_sessions_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
ALTER TABLE "mentoring_action_items" ADD CONSTRAINT "mentoring_action_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_action_items" ADD CONSTRAINT "mentoring_action_items_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_action_items" ADD CONSTRAINT "mentoring_action_items_engagement_fk" FOREIGN KEY ("organisation_id","engagement_id") REFERENCES "public"."mentoring_engagements"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_action_items" ADD CONSTRAINT "mentoring_action_items_session_fk" FOREIGN KEY ("organisation_id","session_id") REFERENCES "public"."mentoring_sessions"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_check_ins" ADD CONSTRAINT "mentoring_check_ins_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_check_ins" ADD CONSTRAINT "mentoring_check_ins_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_check_ins" ADD CONSTRAINT "mentoring_check_ins_engagement_fk" FOREIGN KEY ("organisation_id","engagement_id") REFERENCES "public"."mentoring_engagements"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_closure_feedback" ADD CONSTRAINT "mentoring_closure_feedback_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_closure_feedback" ADD CONSTRAINT "mentoring_closure_feedback_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_closure_feedback" ADD CONSTRAINT "mentoring_closure_feedback_engagement_fk" FOREIGN KEY ("organisation_id","engagement_id") REFERENCES "public"."mentoring_engagements"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_engagements" ADD CONSTRAINT "mentoring_engagements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_engagements" ADD CONSTRAINT "mentoring_engagements_mentor_user_id_users_id_fk" FOREIGN KEY ("mentor_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_engagements" ADD CONSTRAINT "mentoring_engagements_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_engagements" ADD CONSTRAINT "mentoring_engagements_person_fk" FOREIGN KEY ("organisation_id","person_id") REFERENCES "public"."people"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_engagements" ADD CONSTRAINT "mentoring_engagements_sponsor_fk" FOREIGN KEY ("organisation_id","sponsor_person_id") REFERENCES "public"."people"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_enrolments" ADD CONSTRAINT "mentoring_enrolments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_enrolments" ADD CONSTRAINT "mentoring_enrolments_person_fk" FOREIGN KEY ("organisation_id","person_id") REFERENCES "public"."people"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_notes" ADD CONSTRAINT "mentoring_notes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_notes" ADD CONSTRAINT "mentoring_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_notes" ADD CONSTRAINT "mentoring_notes_engagement_fk" FOREIGN KEY ("organisation_id","engagement_id") REFERENCES "public"."mentoring_engagements"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_nudge_jobs" ADD CONSTRAINT "mentoring_nudge_jobs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_nudge_jobs" ADD CONSTRAINT "mentoring_nudge_jobs_recipient_user_id_users_id_fk" FOREIGN KEY ("recipient_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_nudge_jobs" ADD CONSTRAINT "mentoring_nudge_jobs_engagement_fk" FOREIGN KEY ("organisation_id","engagement_id") REFERENCES "public"."mentoring_engagements"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_preferences" ADD CONSTRAINT "mentoring_preferences_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_preferences" ADD CONSTRAINT "mentoring_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_reactions" ADD CONSTRAINT "mentoring_reactions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_reactions" ADD CONSTRAINT "mentoring_reactions_respondent_user_id_users_id_fk" FOREIGN KEY ("respondent_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_reactions" ADD CONSTRAINT "mentoring_reactions_person_fk" FOREIGN KEY ("organisation_id","person_id") REFERENCES "public"."people"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "mentoring_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "mentoring_sessions_engagement_fk" FOREIGN KEY ("organisation_id","engagement_id") REFERENCES "public"."mentoring_engagements"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mentoring_action_items_engagement_idx" ON "mentoring_action_items" USING btree ("organisation_id","engagement_id");--> statement-breakpoint
CREATE INDEX "mentoring_check_ins_engagement_idx" ON "mentoring_check_ins" USING btree ("organisation_id","engagement_id","challenge_id");--> statement-breakpoint
CREATE INDEX "mentoring_engagements_person_idx" ON "mentoring_engagements" USING btree ("organisation_id","person_id");--> statement-breakpoint
CREATE INDEX "mentoring_engagements_mentor_idx" ON "mentoring_engagements" USING btree ("organisation_id","mentor_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mentoring_enrolments_person_module_idx" ON "mentoring_enrolments" USING btree ("organisation_id","person_id","module_id");--> statement-breakpoint
CREATE INDEX "mentoring_notes_engagement_idx" ON "mentoring_notes" USING btree ("organisation_id","engagement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mentoring_nudge_jobs_dedupe_idx" ON "mentoring_nudge_jobs" USING btree ("organisation_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "mentoring_nudge_jobs_due_idx" ON "mentoring_nudge_jobs" USING btree ("due_at") WHERE sent_at IS NULL AND skipped_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "mentoring_reactions_subject_idx" ON "mentoring_reactions" USING btree ("organisation_id","subject_kind","subject_id","person_id");--> statement-breakpoint
CREATE INDEX "mentoring_sessions_engagement_idx" ON "mentoring_sessions" USING btree ("organisation_id","engagement_id");--> statement-breakpoint
CREATE INDEX "mentoring_sessions_start_idx" ON "mentoring_sessions" USING btree ("organisation_id","status","start_at");