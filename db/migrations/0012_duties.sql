CREATE TABLE "inspection_fixes" (
	"id" serial PRIMARY KEY NOT NULL,
	"inspection_id" integer NOT NULL,
	"requirement" text NOT NULL,
	"due_on" date NOT NULL,
	"fixed_on" date,
	"fix_note" text DEFAULT '' NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_fixes_requirement_ck" CHECK (length(btrim("inspection_fixes"."requirement")) > 0),
	CONSTRAINT "inspection_fixes_state_ck" CHECK (("inspection_fixes"."fixed_on" is null) = (length(btrim("inspection_fixes"."fix_note")) = 0))
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" serial PRIMARY KEY NOT NULL,
	"inspector_region_code" varchar(12) NOT NULL,
	"region_code" varchar(12) NOT NULL,
	"inspected_on" date NOT NULL,
	"findings" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspections_below_ck" CHECK ("inspections"."region_code" like "inspections"."inspector_region_code" || '%' and "inspections"."region_code" <> "inspections"."inspector_region_code"),
	CONSTRAINT "inspections_findings_ck" CHECK (length(btrim("inspections"."findings")) > 0)
);
--> statement-breakpoint
CREATE TABLE "joint_meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(12) NOT NULL,
	"held_on" date NOT NULL,
	"bodies" text[] NOT NULL,
	"other_bodies" text DEFAULT '' NOT NULL,
	"decisions" text NOT NULL,
	"public_summary" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "joint_meetings_bodies_ck" CHECK (cardinality("joint_meetings"."bodies") + (case when length(btrim("joint_meetings"."other_bodies")) > 0 then 1 else 0 end) >= 2
        and "joint_meetings"."bodies" <@ array['county_org', 'county_dpf', 'county_government', 'township_party', 'township_dpf', 'village_party', 'city_org', 'city_dpf']::text[]),
	CONSTRAINT "joint_meetings_decisions_ck" CHECK (length(btrim("joint_meetings"."decisions")) > 0)
);
--> statement-breakpoint
CREATE TABLE "party_developments" (
	"id" serial PRIMARY KEY NOT NULL,
	"household_id" integer NOT NULL,
	"member_id" integer,
	"applied_on" date NOT NULL,
	"activist_on" date,
	"candidate_on" date,
	"probationary_on" date,
	"member_on" date,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_developments_order_ck" CHECK (("party_developments"."activist_on" is null or "party_developments"."activist_on" >= "party_developments"."applied_on")
        and ("party_developments"."candidate_on" is null or ("party_developments"."activist_on" is not null and "party_developments"."candidate_on" >= "party_developments"."activist_on"))
        and ("party_developments"."probationary_on" is null or ("party_developments"."candidate_on" is not null and "party_developments"."probationary_on" >= "party_developments"."candidate_on"))
        and ("party_developments"."member_on" is null or ("party_developments"."probationary_on" is not null and "party_developments"."member_on" >= "party_developments"."probationary_on")))
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" serial PRIMARY KEY NOT NULL,
	"household_id" integer NOT NULL,
	"member_id" integer,
	"skill" text NOT NULL,
	"trained_on" date NOT NULL,
	"trainer" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trainings_skill_ck" CHECK (length(btrim("trainings"."skill")) > 0),
	CONSTRAINT "trainings_trainer_ck" CHECK (length(btrim("trainings"."trainer")) > 0)
);
--> statement-breakpoint
ALTER TABLE "inspection_fixes" ADD CONSTRAINT "inspection_fixes_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_fixes" ADD CONSTRAINT "inspection_fixes_updated_by_officials_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_inspector_region_code_regions_code_fk" FOREIGN KEY ("inspector_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_created_by_officials_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_meetings" ADD CONSTRAINT "joint_meetings_county_code_regions_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_meetings" ADD CONSTRAINT "joint_meetings_created_by_officials_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_developments" ADD CONSTRAINT "party_developments_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_developments" ADD CONSTRAINT "party_developments_created_by_officials_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_created_by_officials_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_fixes_inspection_idx" ON "inspection_fixes" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "inspection_fixes_open_idx" ON "inspection_fixes" USING btree ("due_on") WHERE "inspection_fixes"."fixed_on" is null;--> statement-breakpoint
CREATE INDEX "inspections_region_idx" ON "inspections" USING btree ("region_code","inspected_on");--> statement-breakpoint
CREATE INDEX "joint_meetings_county_idx" ON "joint_meetings" USING btree ("county_code","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "party_developments_person_uq" ON "party_developments" USING btree ("household_id",coalesce("member_id", 0));--> statement-breakpoint
CREATE INDEX "trainings_household_idx" ON "trainings" USING btree ("household_id","trained_on");