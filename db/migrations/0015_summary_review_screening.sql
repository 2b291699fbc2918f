CREATE TABLE "screening_refusal_private" (
	"refusal_id" integer PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_refusals" (
	"id" serial PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"criterion" text NOT NULL,
	"screened_on" date NOT NULL,
	"recorded_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "screening_refusals_criterion_ck" CHECK ("screening_refusals"."criterion" in ('not_rural', 'income', 'no_certificate', 'no_labour', 'other'))
);
--> statement-breakpoint
ALTER TABLE "annual_summaries" ADD COLUMN "disabled_helped" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "annual_summaries" ADD COLUMN "income_compared" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "annual_summaries" ADD COLUMN "income_missing" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "annual_summaries" ADD COLUMN "income_mean_increase_yuan" integer;--> statement-breakpoint
ALTER TABLE "annual_summaries" ADD COLUMN "grants_yuan" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "annual_summaries" ADD COLUMN "loans_yuan" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "review_date" date;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "review_representatives" smallint;--> statement-breakpoint
ALTER TABLE "screening_refusal_private" ADD CONSTRAINT "screening_refusal_private_refusal_id_screening_refusals_id_fk" FOREIGN KEY ("refusal_id") REFERENCES "public"."screening_refusals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_refusals" ADD CONSTRAINT "screening_refusals_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_refusals" ADD CONSTRAINT "screening_refusals_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_refusals" ADD CONSTRAINT "screening_refusals_recorded_by_officials_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "screening_refusals_village_idx" ON "screening_refusals" USING btree ("village_code","programme_id","year");--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_review_ck" CHECK (("notices"."review_date" is null) = ("notices"."review_representatives" is null)
        and ("notices"."review_representatives" is null or "notices"."review_representatives" between 1 and 999));--> statement-breakpoint
-- Existing summaries get the new figures from the records as they stand (a submitted report is frozen by
-- annual_summaries_freeze, which is set aside for this one conversion).
ALTER TABLE "annual_summaries" DISABLE TRIGGER "annual_summaries_freeze";--> statement-breakpoint
UPDATE "annual_summaries" s SET
  "disabled_helped" = h.disabled,
  "income_compared" = i.compared,
  "income_missing" = h.helped - i.compared,
  "income_mean_increase_yuan" = i.mean,
  "grants_yuan" = f.grants,
  "loans_yuan" = f.loans
FROM "annual_summaries" s0
CROSS JOIN LATERAL (
  SELECT count(*)::int AS helped, coalesce(sum(hh.disabled_members), 0)::int AS disabled FROM households hh
   WHERE hh.programme_id = s0.programme_id AND hh.year = s0.year AND hh.filed_at IS NOT NULL AND left(hh.village_code, 6) = s0.county_code
) h
CROSS JOIN LATERAL (
  SELECT count(*)::int AS compared, round(avg(r.income_per_capita - hh.income_per_capita))::int AS mean
    FROM households hh JOIN income_records r ON r.household_id = hh.id AND r.year = s0.year AND r.confirmed_at IS NOT NULL
   WHERE hh.programme_id = s0.programme_id AND hh.year = s0.year AND hh.filed_at IS NOT NULL AND left(hh.village_code, 6) = s0.county_code
) i
CROSS JOIN LATERAL (
  SELECT coalesce(sum(sp.amount_yuan) FILTER (WHERE sp.kind = 'dpf_funding'), 0)::int AS grants,
         coalesce(sum(sp.amount_yuan) FILTER (WHERE sp.kind = 'micro_loan'), 0)::int AS loans
    FROM supports sp JOIN households hh ON hh.id = sp.household_id
   WHERE hh.programme_id = s0.programme_id AND left(hh.village_code, 6) = s0.county_code
     AND sp.granted_on >= make_date(s0.year, 1, 1) AND sp.granted_on < make_date(s0.year + 1, 1, 1)
) f
WHERE s.id = s0.id;--> statement-breakpoint
ALTER TABLE "annual_summaries" ENABLE TRIGGER "annual_summaries_freeze";--> statement-breakpoint
-- The review of the representatives is part of the notice's content: frozen once published, like the rest
-- (notices_freeze in 0001 lists the older columns).
CREATE FUNCTION notices_review_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' AND (NEW.review_date, NEW.review_representatives) IS DISTINCT FROM (OLD.review_date, OLD.review_representatives) THEN
    RAISE EXCEPTION 'notice % is published: its content cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER notices_review_freeze BEFORE UPDATE ON notices FOR EACH ROW EXECUTE FUNCTION notices_review_freeze();
