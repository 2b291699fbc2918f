ALTER TABLE "notice_postings" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notice_postings" ADD COLUMN "withdrawn_by" integer;--> statement-breakpoint
ALTER TABLE "notice_postings" ADD COLUMN "withdraw_reason" text;--> statement-breakpoint
ALTER TABLE "notice_postings" ADD CONSTRAINT "notice_postings_withdrawn_by_officials_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."officials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_postings" ADD CONSTRAINT "notice_postings_withdrawn_ck" CHECK (("notice_postings"."withdrawn_at" is null) = ("notice_postings"."withdrawn_by" is null) and ("notice_postings"."withdrawn_at" is null) = ("notice_postings"."withdraw_reason" is null)
        and ("notice_postings"."withdraw_reason" is null or length(btrim("notice_postings"."withdraw_reason")) between 1 and 200)
        and ("notice_postings"."withdrawn_at" is null or "notice_postings"."withdrawn_at" >= "notice_postings"."recorded_at"));--> statement-breakpoint

-- 撤回: a posting recorded by mistake is withdrawn, while its notice is still published (not closed,
-- withdrawn or replaced). The only update is that withdrawal, once; place, time and who recorded it
-- never change, and a row is never deleted. A posting is recorded without a withdrawal.
CREATE OR REPLACE FUNCTION notice_postings_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n record;
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'notice_postings: DELETE refused, a posting record is withdrawn, never deleted' USING ERRCODE = 'check_violation';
  END IF;
  SELECT status, published_at INTO n FROM notices WHERE id = NEW.notice_id;
  IF TG_OP = 'UPDATE' THEN
    IF OLD.withdrawn_at IS NOT NULL THEN
      RAISE EXCEPTION 'notice_postings: posting % is already withdrawn', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.withdrawn_at IS NULL
       OR (NEW.id, NEW.notice_id, NEW.place, NEW.posted_at, NEW.recorded_at, NEW.recorded_by)
          IS DISTINCT FROM (OLD.id, OLD.notice_id, OLD.place, OLD.posted_at, OLD.recorded_at, OLD.recorded_by) THEN
      RAISE EXCEPTION 'notice_postings: posting % does not change; it can only be withdrawn', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF n.status <> 'published' THEN
      RAISE EXCEPTION 'notice %: the postings of a % notice are kept as they are', NEW.notice_id, n.status USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.withdrawn_at IS NOT NULL THEN
    RAISE EXCEPTION 'notice_postings: a posting is recorded first, then withdrawn' USING ERRCODE = 'check_violation';
  END IF;
  IF n.status NOT IN ('published', 'closed') THEN
    RAISE EXCEPTION 'notice %: a % notice is not posted', NEW.notice_id, n.status USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.posted_at < n.published_at THEN
    RAISE EXCEPTION 'notice %: posted before it was published', NEW.notice_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
