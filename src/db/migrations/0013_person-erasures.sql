CREATE TABLE "person_erasures" (
	"organisation_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_hash" text NOT NULL,
	"employee_number_hash" text NOT NULL,
	"email_hash" text NOT NULL,
	"erased_by_user_id" uuid,
	"erased_via" text NOT NULL,
	"erased_at" timestamp with time zone NOT NULL,
	CONSTRAINT "person_erasures_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
ALTER TABLE "person_erasures" ADD CONSTRAINT "person_erasures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_erasures" ADD CONSTRAINT "person_erasures_erased_by_user_id_users_id_fk" FOREIGN KEY ("erased_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_erasures_person_idx" ON "person_erasures" USING btree ("organisation_id","person_hash");