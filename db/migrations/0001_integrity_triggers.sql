-- Integrity the database enforces whatever the application does.

-- Audit log: append-only, hash-chained. Rows are chained in id order under an advisory lock,
-- so concurrent writers cannot fork the chain.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(4242001);
  -- The default id was drawn before the lock: draw it again under the lock so ids follow the chain.
  NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
  SELECT hash INTO NEW.prev_hash FROM audit_log ORDER BY id DESC LIMIT 1;
  NEW.prev_hash := coalesce(NEW.prev_hash, 'genesis');
  NEW.hash := encode(sha256(convert_to(concat_ws('|',
    NEW.prev_hash, NEW.id::text, (extract(epoch FROM NEW.at) * 1000000)::bigint::text,
    coalesce(NEW.official_id::text, ''), coalesce(NEW.role, ''), NEW.action, NEW.entity_type,
    NEW.entity_id, NEW.summary::text), 'UTF8')), 'hex');
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
--> statement-breakpoint
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint

-- Notices: once published, the content never changes; only the status moves on
-- (published → closed | withdrawn | superseded), with its own columns.
CREATE FUNCTION notices_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'notice % is published and cannot be deleted', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'draft' THEN
    RETURN NEW;
  END IF;
  IF (NEW.programme_id, NEW.year, NEW.village_code, NEW.title, NEW.issuing_body, NEW.body,
      NEW.objection_phone, NEW.objection_place, NEW.published_at, NEW.period_start_date,
      NEW.period_end_date, NEW.period_ends_at, NEW.supersedes_id, NEW.created_by, NEW.created_at)
     IS DISTINCT FROM
     (OLD.programme_id, OLD.year, OLD.village_code, OLD.title, OLD.issuing_body, OLD.body,
      OLD.objection_phone, OLD.objection_place, OLD.published_at, OLD.period_start_date,
      OLD.period_end_date, OLD.period_ends_at, OLD.supersedes_id, OLD.created_by, OLD.created_at) THEN
    RAISE EXCEPTION 'notice % is published: its content cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (OLD.status = 'published' AND NEW.status IN ('closed', 'withdrawn', 'superseded')) THEN
    RAISE EXCEPTION 'notice %: status % cannot become %', OLD.id, OLD.status, NEW.status USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status = 'closed' AND OLD.status = 'published' THEN
    IF EXISTS (SELECT 1 FROM objections o WHERE o.notice_id = NEW.id AND o.status NOT IN ('upheld', 'dismissed')) THEN
      RAISE EXCEPTION 'notice % has unresolved objections and cannot be closed', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM objections o WHERE o.notice_id = NEW.id AND o.entry_id IS NULL AND o.status = 'upheld') THEN
      RAISE EXCEPTION 'notice % has an upheld objection about the whole notice: withdraw it instead', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM notice_entries e WHERE e.notice_id = NEW.id AND e.outcome IS NULL) THEN
      RAISE EXCEPTION 'notice % has entries without an outcome and cannot be closed', OLD.id USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  IF NEW.status = OLD.status AND (NEW.closed_at, NEW.withdrawn_at, NEW.withdrawal_reason)
     IS DISTINCT FROM (OLD.closed_at, OLD.withdrawn_at, OLD.withdrawal_reason) THEN
    RAISE EXCEPTION 'notice % is %: it cannot change', OLD.id, OLD.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER notices_freeze BEFORE UPDATE OR DELETE ON notices FOR EACH ROW EXECUTE FUNCTION notices_freeze();
--> statement-breakpoint

-- Notice entries: the list is editable while the notice is a draft; afterwards only the outcome may be
-- set, once, while the notice is still published (closing sets outcomes, then the status).
CREATE FUNCTION notice_entries_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  notice_status text;
BEGIN
  SELECT status INTO notice_status FROM notices
   WHERE id = CASE WHEN TG_OP = 'INSERT' THEN NEW.notice_id ELSE OLD.notice_id END;
  IF notice_status = 'draft' THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND notice_status = 'published' AND OLD.outcome IS NULL AND NEW.outcome IS NOT NULL
     AND (to_jsonb(NEW) - 'outcome') = (to_jsonb(OLD) - 'outcome') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the list of notice % is frozen (%): % refused', coalesce(NEW.notice_id, OLD.notice_id), notice_status, TG_OP
    USING ERRCODE = 'check_violation';
END $$;
--> statement-breakpoint
CREATE TRIGGER notice_entries_freeze BEFORE INSERT OR UPDATE OR DELETE ON notice_entries FOR EACH ROW EXECUTE FUNCTION notice_entries_freeze();
--> statement-breakpoint

-- Objections: only for a published notice, received inside its period, about one of its own entries.
CREATE FUNCTION objections_in_period() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n notices%ROWTYPE;
BEGIN
  -- FOR SHARE waits for a concurrent close and then sees its result, so none can slip past it.
  SELECT * INTO n FROM notices WHERE id = NEW.notice_id FOR SHARE;
  IF n.status <> 'published' OR NEW.received_at < n.published_at OR NEW.received_at >= n.period_ends_at THEN
    RAISE EXCEPTION 'objection refused: notice % is not open at %', NEW.notice_id, NEW.received_at
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.entry_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM notice_entries e WHERE e.id = NEW.entry_id AND e.notice_id = NEW.notice_id) THEN
    RAISE EXCEPTION 'objection refused: entry % is not on notice %', NEW.entry_id, NEW.notice_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER objections_in_period BEFORE INSERT ON objections FOR EACH ROW EXECUTE FUNCTION objections_in_period();
