CREATE TABLE "allocations" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"county_code" varchar(12) NOT NULL,
	"year" smallint NOT NULL,
	"target_households" integer NOT NULL,
	CONSTRAINT "allocations_programme_county_year_uq" UNIQUE("programme_id","county_code","year"),
	CONSTRAINT "allocations_target_ck" CHECK ("allocations"."target_households" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"official_id" integer,
	"role" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"summary" jsonb NOT NULL,
	"prev_hash" text DEFAULT '' NOT NULL,
	"hash" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_private" (
	"household_id" integer PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"full_name" text NOT NULL,
	"ethnicity" text NOT NULL,
	"certificate_number" varchar(22) NOT NULL,
	"id_number" varchar(18) NOT NULL,
	"phone" text,
	"address" text NOT NULL,
	"employment_intention" text,
	"photo" text,
	CONSTRAINT "household_private_programme_person_uq" UNIQUE("programme_id","id_number"),
	CONSTRAINT "household_private_id_ck" CHECK ("household_private"."id_number" ~ '^[0-9]{17}[0-9X]$'),
	CONSTRAINT "household_private_cert_ck" CHECK ("household_private"."certificate_number" ~ '^[0-9]{17}[0-9X][1-7][1-4](B[1-9])?$' and left("household_private"."certificate_number", 18) = "household_private"."id_number")
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"village_group" text,
	"masked_name" text NOT NULL,
	"sex" text NOT NULL,
	"age" smallint NOT NULL,
	"disability_category" smallint NOT NULL,
	"disability_grade" smallint NOT NULL,
	"household_size" smallint NOT NULL,
	"disabled_members" smallint NOT NULL,
	"income_per_capita" integer NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "households_id_programme_uq" UNIQUE("id","programme_id"),
	CONSTRAINT "households_sex_ck" CHECK ("households"."sex" in ('M', 'F')),
	CONSTRAINT "households_age_ck" CHECK ("households"."age" between 0 and 130),
	CONSTRAINT "households_category_ck" CHECK ("households"."disability_category" between 1 and 7),
	CONSTRAINT "households_grade_ck" CHECK ("households"."disability_grade" between 1 and 4),
	CONSTRAINT "households_members_ck" CHECK ("households"."household_size" >= "households"."disabled_members" and "households"."disabled_members" >= 1),
	CONSTRAINT "households_income_ck" CHECK ("households"."income_per_capita" >= 0),
	CONSTRAINT "households_status_ck" CHECK ("households"."status" in ('registered', 'listed', 'passed', 'removed'))
);
--> statement-breakpoint
CREATE TABLE "notice_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"notice_id" integer NOT NULL,
	"household_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"masked_name" text NOT NULL,
	"sex" text NOT NULL,
	"age" smallint NOT NULL,
	"village_group" text,
	"disability_category" smallint NOT NULL,
	"disability_grade" smallint NOT NULL,
	"household_size" smallint NOT NULL,
	"disabled_members" smallint NOT NULL,
	"income_per_capita" integer NOT NULL,
	"outcome" text,
	CONSTRAINT "notice_entries_household_uq" UNIQUE("notice_id","household_id"),
	CONSTRAINT "notice_entries_position_uq" UNIQUE("notice_id","position"),
	CONSTRAINT "notice_entries_outcome_ck" CHECK ("notice_entries"."outcome" is null or "notice_entries"."outcome" in ('passed', 'removed'))
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"title" text NOT NULL,
	"issuing_body" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"objection_phone" text NOT NULL,
	"objection_place" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"period_start_date" date,
	"period_end_date" date,
	"period_ends_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_reason" text,
	"supersedes_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notices_supersedes_uq" UNIQUE("supersedes_id"),
	CONSTRAINT "notices_status_ck" CHECK ("notices"."status" in ('draft', 'published', 'withdrawn', 'closed', 'superseded')),
	CONSTRAINT "notices_published_ck" CHECK (("notices"."status" = 'draft') = ("notices"."published_at" is null)
        and ("notices"."published_at" is null) = ("notices"."period_ends_at" is null)
        and ("notices"."published_at" is null) = ("notices"."period_start_date" is null)
        and ("notices"."published_at" is null) = ("notices"."period_end_date" is null)
        and ("notices"."period_ends_at" is null or "notices"."period_ends_at" > "notices"."published_at")
        and ("notices"."period_end_date" is null or "notices"."period_end_date" >= "notices"."period_start_date")),
	CONSTRAINT "notices_closed_ck" CHECK (("notices"."status" = 'closed') = ("notices"."closed_at" is not null) and ("notices"."closed_at" is null or "notices"."closed_at" >= "notices"."period_ends_at")),
	CONSTRAINT "notices_withdrawn_ck" CHECK (("notices"."status" = 'withdrawn') = ("notices"."withdrawn_at" is not null)
        and ("notices"."withdrawn_at" is null) = ("notices"."withdrawal_reason" is null)
        and ("notices"."withdrawal_reason" is null or length(btrim("notices"."withdrawal_reason")) > 0))
);
--> statement-breakpoint
CREATE TABLE "objection_private" (
	"objection_id" integer PRIMARY KEY NOT NULL,
	"summary" text NOT NULL,
	"objector_name" text,
	"objector_contact" text
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" serial PRIMARY KEY NOT NULL,
	"notice_id" integer NOT NULL,
	"entry_id" integer,
	"channel" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"resolution_reason" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"recorded_by" integer,
	"resolved_by" integer,
	CONSTRAINT "objections_channel_ck" CHECK ("objections"."channel" in ('in_person', 'phone', 'letter', 'other')),
	CONSTRAINT "objections_status_ck" CHECK ("objections"."status" in ('received', 'investigating', 'upheld', 'dismissed')),
	CONSTRAINT "objections_resolution_ck" CHECK (("objections"."status" in ('upheld', 'dismissed')) = ("objections"."resolved_at" is not null)
        and ("objections"."resolved_at" is null) = ("objections"."resolution_reason" is null)
        and ("objections"."resolution_reason" is null or length(btrim("objections"."resolution_reason")) > 0)
        and ("objections"."resolved_at" is null or "objections"."resolved_at" >= "objections"."received_at"))
);
--> statement-breakpoint
CREATE TABLE "officials" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officials_role_ck" CHECK ("officials"."role" in ('village', 'township_party', 'township_dpf', 'county_dpf', 'county_org', 'city', 'admin'))
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"city_code" varchar(12) NOT NULL,
	"start_year" smallint NOT NULL,
	"end_year" smallint NOT NULL,
	"target_households" integer NOT NULL,
	"income_threshold" integer NOT NULL,
	"notice_days" smallint DEFAULT 7 NOT NULL,
	"min_notice_days" smallint DEFAULT 7 NOT NULL,
	CONSTRAINT "programmes_years_ck" CHECK ("programmes"."end_year" >= "programmes"."start_year"),
	CONSTRAINT "programmes_target_ck" CHECK ("programmes"."target_households" >= 0),
	CONSTRAINT "programmes_threshold_ck" CHECK ("programmes"."income_threshold" > 0),
	CONSTRAINT "programmes_notice_days_ck" CHECK ("programmes"."min_notice_days" >= 1 and "programmes"."notice_days" >= "programmes"."min_notice_days")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" varchar(12) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" varchar(12),
	CONSTRAINT "regions_level_ck" CHECK ("regions"."level" in ('city', 'county', 'township', 'village')),
	CONSTRAINT "regions_code_shape_ck" CHECK (("regions"."level" in ('city', 'county') and "regions"."code" ~ '^[0-9]{6}$')
        or ("regions"."level" = 'township' and "regions"."code" ~ '^[0-9]{9}$')
        or ("regions"."level" = 'village' and "regions"."code" ~ '^[0-9]{12}$')),
	CONSTRAINT "regions_parent_ck" CHECK (("regions"."level" = 'city') = ("regions"."parent_code" is null))
);
--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_county_code_regions_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_official_id_officials_id_fk" FOREIGN KEY ("official_id") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_private" ADD CONSTRAINT "household_private_household_id_programme_id_households_id_programme_id_fk" FOREIGN KEY ("household_id","programme_id") REFERENCES "public"."households"("id","programme_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_entries" ADD CONSTRAINT "notice_entries_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_entries" ADD CONSTRAINT "notice_entries_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_created_by_officials_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_supersedes_id_notices_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objection_private" ADD CONSTRAINT "objection_private_objection_id_objections_id_fk" FOREIGN KEY ("objection_id") REFERENCES "public"."objections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_entry_id_notice_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."notice_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_recorded_by_officials_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_resolved_by_officials_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officials" ADD CONSTRAINT "officials_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_city_code_regions_code_fk" FOREIGN KEY ("city_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_code_regions_code_fk" FOREIGN KEY ("parent_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "households_village_idx" ON "households" USING btree ("village_code");--> statement-breakpoint
CREATE INDEX "notice_entries_household_idx" ON "notice_entries" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "notices_village_idx" ON "notices" USING btree ("village_code");--> statement-breakpoint
CREATE INDEX "notices_status_idx" ON "notices" USING btree ("status","period_ends_at");--> statement-breakpoint
CREATE INDEX "objections_notice_idx" ON "objections" USING btree ("notice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "officials_username_uq" ON "officials" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "regions_name_idx" ON "regions" USING btree ("name");