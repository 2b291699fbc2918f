-- Trainings and Party development name the household member (issue 10 item 1 landed in 0017): rows
-- recorded before name the registrant (member 1), as their null meant.
UPDATE "trainings" t SET "member_id" = m."id" FROM "household_members" m
 WHERE m."household_id" = t."household_id" AND m."position" = 1 AND t."member_id" IS NULL;
--> statement-breakpoint
UPDATE "party_developments" d SET "member_id" = m."id" FROM "household_members" m
 WHERE m."household_id" = d."household_id" AND m."position" = 1 AND d."member_id" IS NULL;
--> statement-breakpoint
DROP INDEX "party_developments_person_uq";--> statement-breakpoint
ALTER TABLE "party_developments" ALTER COLUMN "member_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "trainings" ALTER COLUMN "member_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "party_developments" ADD CONSTRAINT "party_developments_member_id_household_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."household_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_member_id_household_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."household_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_developments" ADD CONSTRAINT "party_developments_member_uq" UNIQUE("member_id");--> statement-breakpoint

-- The member belongs to the household the row names.
CREATE FUNCTION duty_member_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM household_members WHERE id = NEW.member_id AND household_id = NEW.household_id) THEN
    RAISE EXCEPTION '%: member % is not of household %', TG_TABLE_NAME, NEW.member_id, NEW.household_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER trainings_member_check BEFORE INSERT OR UPDATE ON trainings FOR EACH ROW EXECUTE FUNCTION duty_member_check();
--> statement-breakpoint
CREATE TRIGGER party_developments_member_check BEFORE INSERT OR UPDATE ON party_developments FOR EACH ROW EXECUTE FUNCTION duty_member_check();
