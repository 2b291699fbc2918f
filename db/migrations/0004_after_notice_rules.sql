-- Rules of the post-notice records that the database enforces whatever the application does.

-- A submitted annual summary (总结验收) is the county's report as handed in: it never changes.
CREATE FUNCTION annual_summaries_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'submitted' THEN
    RAISE EXCEPTION 'annual summary % was submitted and cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER annual_summaries_freeze BEFORE UPDATE OR DELETE ON annual_summaries FOR EACH ROW EXECUTE FUNCTION annual_summaries_freeze();
--> statement-breakpoint

-- One or two helpers (致富带头人、技术能手…) per household. The household row is locked first, so two
-- concurrent inserts cannot both see one helper and make three.
CREATE FUNCTION helpers_at_most_two() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM households WHERE id = NEW.household_id FOR UPDATE;
  IF (SELECT count(*) FROM helpers WHERE household_id = NEW.household_id) >= 2 THEN
    RAISE EXCEPTION 'household % already has two helpers', NEW.household_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER helpers_at_most_two BEFORE INSERT ON helpers FOR EACH ROW EXECUTE FUNCTION helpers_at_most_two();
