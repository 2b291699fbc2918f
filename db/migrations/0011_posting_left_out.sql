CREATE TABLE "left_out_private" (
	"report_id" integer PRIMARY KEY NOT NULL,
	"who" text NOT NULL,
	"why" text NOT NULL,
	"reporter_contact" text
);
--> statement-breakpoint
CREATE TABLE "left_out_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"village_code" varchar(12) NOT NULL,
	"notice_id" integer,
	"channel" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"recorded_by" integer,
	"screened_at" timestamp with time zone,
	"screened_by" integer,
	"public_reason" text,
	CONSTRAINT "left_out_reports_reference_uq" UNIQUE("reference"),
	CONSTRAINT "left_out_reports_reference_ck" CHECK ("left_out_reports"."reference" ~ '^YL-[0-9A-Z]{4}-[0-9A-Z]{4}$'),
	CONSTRAINT "left_out_reports_channel_ck" CHECK ("left_out_reports"."channel" in ('online', 'official')),
	CONSTRAINT "left_out_reports_status_ck" CHECK ("left_out_reports"."status" in ('received', 'screened_in', 'not_eligible')),
	CONSTRAINT "left_out_reports_recorded_ck" CHECK (("left_out_reports"."channel" = 'official') = ("left_out_reports"."recorded_by" is not null)),
	CONSTRAINT "left_out_reports_screened_ck" CHECK (("left_out_reports"."status" <> 'received') = ("left_out_reports"."screened_at" is not null)
        and ("left_out_reports"."screened_at" is null) = ("left_out_reports"."screened_by" is null)
        and ("left_out_reports"."screened_at" is null) = ("left_out_reports"."public_reason" is null)
        and ("left_out_reports"."public_reason" is null or length(btrim("left_out_reports"."public_reason")) > 0)
        and ("left_out_reports"."screened_at" is null or "left_out_reports"."screened_at" >= "left_out_reports"."received_at"))
);
--> statement-breakpoint
CREATE TABLE "notice_posting_photos" (
	"posting_id" integer PRIMARY KEY NOT NULL,
	"photo" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notice_postings" (
	"id" serial PRIMARY KEY NOT NULL,
	"notice_id" integer NOT NULL,
	"place" text NOT NULL,
	"posted_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" integer,
	CONSTRAINT "notice_postings_place_ck" CHECK (length(btrim("notice_postings"."place")) between 1 and 100),
	CONSTRAINT "notice_postings_time_ck" CHECK ("notice_postings"."posted_at" <= "notice_postings"."recorded_at")
);
--> statement-breakpoint
ALTER TABLE "left_out_private" ADD CONSTRAINT "left_out_private_report_id_left_out_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."left_out_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "left_out_reports" ADD CONSTRAINT "left_out_reports_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "left_out_reports" ADD CONSTRAINT "left_out_reports_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "left_out_reports" ADD CONSTRAINT "left_out_reports_recorded_by_officials_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "left_out_reports" ADD CONSTRAINT "left_out_reports_screened_by_officials_id_fk" FOREIGN KEY ("screened_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_posting_photos" ADD CONSTRAINT "notice_posting_photos_posting_id_notice_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."notice_postings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_postings" ADD CONSTRAINT "notice_postings_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_postings" ADD CONSTRAINT "notice_postings_recorded_by_officials_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "left_out_reports_village_idx" ON "left_out_reports" USING btree ("village_code","received_at");--> statement-breakpoint
CREATE INDEX "notice_postings_notice_idx" ON "notice_postings" USING btree ("notice_id","posted_at");--> statement-breakpoint

-- A posting is recorded only for a notice that was published (and not withdrawn or replaced), and it
-- cannot be dated before the publication. Once recorded, a posting is a fact: it does not change.
CREATE FUNCTION notice_postings_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n record;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'notice_postings: % refused, a posting record does not change', TG_OP USING ERRCODE = 'check_violation';
  END IF;
  SELECT status, published_at INTO n FROM notices WHERE id = NEW.notice_id;
  IF n.status NOT IN ('published', 'closed') THEN
    RAISE EXCEPTION 'notice %: a % notice is not posted', NEW.notice_id, n.status USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.posted_at < n.published_at THEN
    RAISE EXCEPTION 'notice %: posted before it was published', NEW.notice_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER notice_postings_check BEFORE INSERT OR UPDATE OR DELETE ON notice_postings FOR EACH ROW EXECUTE FUNCTION notice_postings_check();
--> statement-breakpoint

-- A left-out report names the notice of its own village, if any; it is screened once, and then only
-- its outcome is set. Reference, village, notice, channel and time of receipt never change.
CREATE FUNCTION left_out_reports_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'left_out_reports: a report is never deleted' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.notice_id IS NOT NULL
     AND NOT EXISTS (SELECT FROM notices WHERE id = NEW.notice_id AND village_code = NEW.village_code AND status <> 'draft') THEN
    RAISE EXCEPTION 'left_out_reports: notice % is not a published notice of village %', NEW.notice_id, NEW.village_code
      USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF OLD.status <> 'received' THEN
      RAISE EXCEPTION 'left_out_reports: report % is already screened', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF (NEW.reference, NEW.village_code, NEW.notice_id, NEW.channel, NEW.received_at, NEW.recorded_by)
       IS DISTINCT FROM (OLD.reference, OLD.village_code, OLD.notice_id, OLD.channel, OLD.received_at, OLD.recorded_by) THEN
      RAISE EXCEPTION 'left_out_reports: report % keeps its facts; only the screening is set', OLD.id USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER left_out_reports_check BEFORE INSERT OR UPDATE OR DELETE ON left_out_reports FOR EACH ROW EXECUTE FUNCTION left_out_reports_check();
