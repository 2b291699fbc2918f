CREATE TABLE "annual_summaries" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"county_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"households_helped" integer DEFAULT 0 NOT NULL,
	"income_increase_yuan" integer DEFAULT 0 NOT NULL,
	"funds_invested_yuan" integer DEFAULT 0 NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_summaries_county_year_uq" UNIQUE("programme_id","county_code","year"),
	CONSTRAINT "annual_summaries_status_ck" CHECK (("annual_summaries"."status" = 'submitted') = ("annual_summaries"."submitted_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "approvals" (
	"id" serial PRIMARY KEY NOT NULL,
	"household_id" integer NOT NULL,
	"round" smallint DEFAULT 1 NOT NULL,
	"step" text NOT NULL,
	"decision" text NOT NULL,
	"opinion" text NOT NULL,
	"decided_on" date NOT NULL,
	"official_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "approvals_household_round_step_uq" UNIQUE("household_id","round","step"),
	CONSTRAINT "approvals_step_ck" CHECK ("approvals"."step" in ('village', 'township_party', 'township_dpf', 'county_dpf', 'county_org')),
	CONSTRAINT "approvals_decision_ck" CHECK ("approvals"."decision" in ('agree', 'return')),
	CONSTRAINT "approvals_opinion_ck" CHECK (length(btrim("approvals"."opinion")) > 0)
);
--> statement-breakpoint
CREATE TABLE "guarantees" (
	"household_id" integer NOT NULL,
	"kind" text NOT NULL,
	"secured_on" date NOT NULL,
	CONSTRAINT "guarantees_household_kind_uq" UNIQUE("household_id","kind"),
	CONSTRAINT "guarantees_kind_ck" CHECK ("guarantees"."kind" in ('dibao', 'rural_medical', 'rural_pension', 'housing'))
);
--> statement-breakpoint
CREATE TABLE "helpers" (
	"id" serial PRIMARY KEY NOT NULL,
	"household_id" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "helpers_kind_ck" CHECK ("helpers"."kind" in ('leader', 'technician', 'science_envoy', 'party_entrepreneur'))
);
--> statement-breakpoint
CREATE TABLE "income_projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"household_id" integer NOT NULL,
	"description" text NOT NULL,
	"started_on" date NOT NULL,
	"support_technology" boolean DEFAULT false NOT NULL,
	"support_information" boolean DEFAULT false NOT NULL,
	"support_funds" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "income_records" (
	"id" serial PRIMARY KEY NOT NULL,
	"household_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"income_per_capita" integer NOT NULL,
	"recorded_by" integer,
	"confirmed_by" integer,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "income_records_household_year_uq" UNIQUE("household_id","year"),
	CONSTRAINT "income_records_income_ck" CHECK ("income_records"."income_per_capita" >= 0),
	CONSTRAINT "income_records_confirmed_ck" CHECK (("income_records"."confirmed_by" is null) = ("income_records"."confirmed_at" is null))
);
--> statement-breakpoint
CREATE TABLE "pairings" (
	"household_id" integer PRIMARY KEY NOT NULL,
	"cadre_name" text NOT NULL,
	"cadre_post" text NOT NULL,
	"agreement_date" date NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supports" (
	"id" serial PRIMARY KEY NOT NULL,
	"household_id" integer NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"amount_yuan" integer,
	"source" text,
	"granted_on" date NOT NULL,
	CONSTRAINT "supports_kind_ck" CHECK ("supports"."kind" in ('village_job', 'micro_loan', 'dpf_funding')),
	CONSTRAINT "supports_amount_ck" CHECK (("supports"."kind" = 'village_job') = ("supports"."amount_yuan" is null) and ("supports"."amount_yuan" is null or "supports"."amount_yuan" > 0))
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" serial PRIMARY KEY NOT NULL,
	"household_id" integer NOT NULL,
	"visited_on" date NOT NULL,
	"visitor" text NOT NULL,
	"findings" text NOT NULL,
	"suggestions" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "households" ADD COLUMN "filed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "annual_summaries" ADD CONSTRAINT "annual_summaries_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_summaries" ADD CONSTRAINT "annual_summaries_county_code_regions_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_summaries" ADD CONSTRAINT "annual_summaries_submitted_by_officials_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_official_id_officials_id_fk" FOREIGN KEY ("official_id") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guarantees" ADD CONSTRAINT "guarantees_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helpers" ADD CONSTRAINT "helpers_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_projects" ADD CONSTRAINT "income_projects_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_records" ADD CONSTRAINT "income_records_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_records" ADD CONSTRAINT "income_records_recorded_by_officials_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_records" ADD CONSTRAINT "income_records_confirmed_by_officials_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairings" ADD CONSTRAINT "pairings_created_by_officials_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supports" ADD CONSTRAINT "supports_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_created_by_officials_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "helpers_household_idx" ON "helpers" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "income_projects_household_idx" ON "income_projects" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "supports_household_idx" ON "supports" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "visits_household_idx" ON "visits" USING btree ("household_id","visited_on");--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_filed_ck" CHECK ("households"."filed_at" is null or "households"."status" = 'passed');