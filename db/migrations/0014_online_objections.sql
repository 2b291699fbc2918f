CREATE TABLE "public_form_submissions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"form" text NOT NULL,
	"scope" text NOT NULL,
	"address_key" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "objections" DROP CONSTRAINT "objections_channel_ck";--> statement-breakpoint
ALTER TABLE "objections" DROP CONSTRAINT "objections_status_ck";--> statement-breakpoint
ALTER TABLE "objections" DROP CONSTRAINT "objections_resolution_ck";--> statement-breakpoint
ALTER TABLE "objection_private" ADD COLUMN "tracking_hash" text;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "reference" varchar(16);--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "postmarked_on" date;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "triaged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "objections" ADD COLUMN "triaged_by" integer;--> statement-breakpoint
CREATE INDEX "public_form_submissions_address_idx" ON "public_form_submissions" USING btree ("form","address_key","at");--> statement-breakpoint
CREATE INDEX "public_form_submissions_scope_idx" ON "public_form_submissions" USING btree ("form","scope","at");--> statement-breakpoint
CREATE INDEX "public_form_submissions_at_idx" ON "public_form_submissions" USING btree ("at");--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_triaged_by_officials_id_fk" FOREIGN KEY ("triaged_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_reference_uq" UNIQUE("reference");--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_online_ck" CHECK (("objections"."channel" = 'online') = ("objections"."reference" is not null)
        and ("objections"."reference" is null or "objections"."reference" ~ '^YY-[0-9A-Z]{4}-[0-9A-Z]{4}$')
        and ("objections"."status" not in ('submitted', 'rejected') or "objections"."channel" = 'online')
        and ("objections"."triaged_at" is null) = ("objections"."triaged_by" is null)
        and ("objections"."triaged_at" is null or "objections"."channel" = 'online')
        and ("objections"."channel" <> 'online' or ("objections"."status" = 'submitted') = ("objections"."triaged_at" is null))
        and ("objections"."triaged_at" is null or "objections"."triaged_at" >= "objections"."received_at"));--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_postmark_ck" CHECK ("objections"."postmarked_on" is null or "objections"."channel" = 'letter');--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_channel_ck" CHECK ("objections"."channel" in ('in_person', 'phone', 'letter', 'other', 'online'));--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_status_ck" CHECK ("objections"."status" in ('submitted', 'received', 'investigating', 'upheld', 'dismissed', 'rejected'));--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_resolution_ck" CHECK (("objections"."status" in ('upheld', 'dismissed', 'rejected')) = ("objections"."resolved_at" is not null)
        and ("objections"."resolved_at" is null) = ("objections"."resolution_reason" is null)
        and ("objections"."resolution_reason" is null or length(btrim("objections"."resolution_reason")) > 0)
        and ("objections"."resolved_at" is null or "objections"."resolved_at" >= "objections"."received_at"));--> statement-breakpoint
-- Late letters (issue 9 item 5): after the period, until the notice is closed, only a letter postmarked
-- within the period may be recorded; a postmark, when given, always lies within the period.
CREATE OR REPLACE FUNCTION objections_in_period() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n notices%ROWTYPE;
BEGIN
  -- FOR SHARE waits for a concurrent close and then sees its result, so none can slip past it.
  SELECT * INTO n FROM notices WHERE id = NEW.notice_id FOR SHARE;
  IF n.status <> 'published' OR NEW.received_at < n.published_at
     OR (NEW.postmarked_on IS NOT NULL AND (NEW.postmarked_on < n.period_start_date OR NEW.postmarked_on > n.period_end_date))
     OR (NEW.received_at >= n.period_ends_at AND NOT (NEW.channel = 'letter' AND NEW.postmarked_on IS NOT NULL)) THEN
    RAISE EXCEPTION 'objection refused: notice % is not open at %', NEW.notice_id, NEW.received_at
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.entry_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM notice_entries e WHERE e.id = NEW.entry_id AND e.notice_id = NEW.notice_id) THEN
    RAISE EXCEPTION 'objection refused: entry % is not on notice %', NEW.entry_id, NEW.notice_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
