-- Online objections (0014): an online submission turned away as not an objection ('rejected') does not
-- hold up closing; one awaiting triage ('submitted') does, like any unresolved objection. The rest of
-- notices_freeze is as in 0001.
CREATE OR REPLACE FUNCTION notices_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
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
    IF EXISTS (SELECT 1 FROM objections o WHERE o.notice_id = NEW.id AND o.status NOT IN ('upheld', 'dismissed', 'rejected')) THEN
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
