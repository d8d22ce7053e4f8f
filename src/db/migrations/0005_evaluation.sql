CREATE TABLE "benefit_estimates" (
	"organisation_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"annual_value_cents" bigint NOT NULL,
	"contribution_pct" real NOT NULL,
	"confidence_pct" real NOT NULL,
	"comment" text,
	"submitted_by_user_id" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benefit_estimates_organisation_id_programme_id_person_id_measure_id_pk" PRIMARY KEY("organisation_id","programme_id","person_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "business_measures" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"direction" text NOT NULL,
	"unit_value_cents" bigint NOT NULL,
	"unit_value_source" text NOT NULL,
	"periods_per_year" integer DEFAULT 12 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "business_measures_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "measure_values" (
	"organisation_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_values_organisation_id_measure_id_person_id_period_pk" PRIMARY KEY("organisation_id","measure_id","person_id","period")
);
--> statement-breakpoint
CREATE TABLE "programme_cohorts" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_cohorts_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "programme_costs" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"cohort_id" uuid,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_costs_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "programme_evaluations" (
	"organisation_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"data_version" integer NOT NULL,
	"result" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_evaluations_organisation_id_programme_id_pk" PRIMARY KEY("organisation_id","programme_id")
);
--> statement-breakpoint
CREATE TABLE "programme_measures" (
	"organisation_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	CONSTRAINT "programme_measures_organisation_id_programme_id_measure_id_pk" PRIMARY KEY("organisation_id","programme_id","measure_id")
);
--> statement-breakpoint
CREATE TABLE "programme_members" (
	"organisation_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "programme_members_organisation_id_programme_id_person_id_pk" PRIMARY KEY("organisation_id","programme_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "programme_participant_time" (
	"organisation_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"hours_per_participant" real NOT NULL,
	"loaded_hourly_rate_cents" bigint NOT NULL,
	CONSTRAINT "programme_participant_time_organisation_id_cohort_id_pk" PRIMARY KEY("organisation_id","cohort_id")
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"currency" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"baseline_from" text NOT NULL,
	"baseline_to" text NOT NULL,
	"followup_from" text NOT NULL,
	"followup_to" text NOT NULL,
	"confidence_pct" integer DEFAULT 90 NOT NULL,
	"intangibles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"data_version" integer DEFAULT 0 NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
ALTER TABLE "benefit_estimates" ADD CONSTRAINT "benefit_estimates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_estimates" ADD CONSTRAINT "benefit_estimates_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_estimates" ADD CONSTRAINT "benefit_estimates_programme_fk" FOREIGN KEY ("organisation_id","programme_id") REFERENCES "public"."programmes"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_estimates" ADD CONSTRAINT "benefit_estimates_person_fk" FOREIGN KEY ("organisation_id","person_id") REFERENCES "public"."people"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_estimates" ADD CONSTRAINT "benefit_estimates_measure_fk" FOREIGN KEY ("organisation_id","measure_id") REFERENCES "public"."business_measures"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_measures" ADD CONSTRAINT "business_measures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_values" ADD CONSTRAINT "measure_values_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_values" ADD CONSTRAINT "measure_values_measure_fk" FOREIGN KEY ("organisation_id","measure_id") REFERENCES "public"."business_measures"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_values" ADD CONSTRAINT "measure_values_person_fk" FOREIGN KEY ("organisation_id","person_id") REFERENCES "public"."people"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_cohorts" ADD CONSTRAINT "programme_cohorts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_cohorts" ADD CONSTRAINT "programme_cohorts_programme_fk" FOREIGN KEY ("organisation_id","programme_id") REFERENCES "public"."programmes"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_costs" ADD CONSTRAINT "programme_costs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_costs" ADD CONSTRAINT "programme_costs_programme_fk" FOREIGN KEY ("organisation_id","programme_id") REFERENCES "public"."programmes"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_costs" ADD CONSTRAINT "programme_costs_cohort_fk" FOREIGN KEY ("organisation_id","cohort_id") REFERENCES "public"."programme_cohorts"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_evaluations" ADD CONSTRAINT "programme_evaluations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_evaluations" ADD CONSTRAINT "programme_evaluations_programme_fk" FOREIGN KEY ("organisation_id","programme_id") REFERENCES "public"."programmes"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_measures" ADD CONSTRAINT "programme_measures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_measures" ADD CONSTRAINT "programme_measures_programme_fk" FOREIGN KEY ("organisation_id","programme_id") REFERENCES "public"."programmes"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_measures" ADD CONSTRAINT "programme_measures_measure_fk" FOREIGN KEY ("organisation_id","measure_id") REFERENCES "public"."business_measures"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_members" ADD CONSTRAINT "programme_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_members" ADD CONSTRAINT "programme_members_programme_fk" FOREIGN KEY ("organisation_id","programme_id") REFERENCES "public"."programmes"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_members" ADD CONSTRAINT "programme_members_cohort_fk" FOREIGN KEY ("organisation_id","cohort_id") REFERENCES "public"."programme_cohorts"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_members" ADD CONSTRAINT "programme_members_person_fk" FOREIGN KEY ("organisation_id","person_id") REFERENCES "public"."people"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participant_time" ADD CONSTRAINT "programme_participant_time_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participant_time" ADD CONSTRAINT "programme_participant_time_programme_fk" FOREIGN KEY ("organisation_id","programme_id") REFERENCES "public"."programmes"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participant_time" ADD CONSTRAINT "programme_participant_time_cohort_fk" FOREIGN KEY ("organisation_id","cohort_id") REFERENCES "public"."programme_cohorts"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measure_values_person_idx" ON "measure_values" USING btree ("organisation_id","person_id");--> statement-breakpoint
CREATE INDEX "programme_cohorts_programme_idx" ON "programme_cohorts" USING btree ("organisation_id","programme_id");--> statement-breakpoint
CREATE INDEX "programme_costs_programme_idx" ON "programme_costs" USING btree ("organisation_id","programme_id");--> statement-breakpoint
CREATE INDEX "programme_members_cohort_idx" ON "programme_members" USING btree ("organisation_id","cohort_id");--> statement-breakpoint
CREATE INDEX "programme_members_person_idx" ON "programme_members" USING btree ("organisation_id","person_id");