CREATE TABLE "household_member_private" (
	"member_id" integer PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"full_name" text NOT NULL,
	"id_number" varchar(18) NOT NULL,
	"certificate_number" varchar(22),
	CONSTRAINT "household_member_private_programme_person_uq" UNIQUE("programme_id","id_number"),
	CONSTRAINT "household_member_private_name_ck" CHECK (length(btrim("household_member_private"."full_name")) > 0),
	CONSTRAINT "household_member_private_id_ck" CHECK ("household_member_private"."id_number" ~ '^[0-9]{17}[0-9X]$'),
	CONSTRAINT "household_member_private_cert_ck" CHECK ("household_member_private"."certificate_number" is null or ("household_member_private"."certificate_number" ~ '^[0-9]{17}[0-9X][1-7][1-4](B[1-9])?$' and left("household_member_private"."certificate_number", 18) = "household_member_private"."id_number"))
);
--> statement-breakpoint
CREATE TABLE "household_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"household_id" integer NOT NULL,
	"programme_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"relation" text,
	"sex" text,
	"birth_date" date,
	"disabled" boolean DEFAULT false NOT NULL,
	"disability_category" smallint,
	"disability_grade" smallint,
	"labour_capacity" text,
	"willing_to_work" boolean,
	"rural_medical" boolean,
	"rural_pension" boolean,
	"dibao" text,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "household_members_id_programme_uq" UNIQUE("id","programme_id"),
	CONSTRAINT "household_members_position_uq" UNIQUE("household_id","position"),
	CONSTRAINT "household_members_position_ck" CHECK ("household_members"."position" >= 1 and ("household_members"."position" = 1) = ("household_members"."relation" is not distinct from 'self')),
	CONSTRAINT "household_members_relation_ck" CHECK ("household_members"."relation" is null or "household_members"."relation" in ('self', 'spouse', 'child', 'parent', 'sibling', 'grandparent', 'grandchild', 'in_law', 'other')),
	CONSTRAINT "household_members_entered_ck" CHECK (("household_members"."relation" is null) = ("household_members"."sex" is null) and ("household_members"."sex" is null) = ("household_members"."birth_date" is null)),
	CONSTRAINT "household_members_sex_ck" CHECK ("household_members"."sex" is null or "household_members"."sex" in ('M', 'F')),
	CONSTRAINT "household_members_disability_ck" CHECK (("household_members"."disability_category" is null) = ("household_members"."disability_grade" is null) and ("household_members"."disability_category" is null or ("household_members"."disability_category" between 1 and 7 and "household_members"."disability_grade" between 1 and 4)) and ("household_members"."sex" is null or "household_members"."disabled" = ("household_members"."disability_category" is not null))),
	CONSTRAINT "household_members_labour_ck" CHECK ("household_members"."labour_capacity" is null or "household_members"."labour_capacity" in ('full', 'partial', 'none')),
	CONSTRAINT "household_members_dibao_ck" CHECK ("household_members"."dibao" is null or "household_members"."dibao" in ('granted', 'pending', 'not_eligible', 'none'))
);
--> statement-breakpoint
ALTER TABLE "household_member_private" ADD CONSTRAINT "household_member_private_member_id_programme_id_household_members_id_programme_id_fk" FOREIGN KEY ("member_id","programme_id") REFERENCES "public"."household_members"("id","programme_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_members" ADD CONSTRAINT "household_members_household_id_programme_id_households_id_programme_id_fk" FOREIGN KEY ("household_id","programme_id") REFERENCES "public"."households"("id","programme_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Hand-written below (issue 10 item 1).
--
-- Converting existing data. Every household gets member 1 from its registrant: sex and birth date from the
-- ID number, category and grade from the certificate number, name, ID and certificate copied from
-- household_private. The other people the registration form counted (household_size - 1) cannot be named:
-- their IDs were never recorded and cannot be invented. They become members "not entered yet" (relation,
-- sex, birth date null, no private row), the first (disabled_members - 1) of them marked disabled, so the
-- derived household_size and disabled_members equal what was declared. Officials then enter each of them on
-- the household's members page (which fills the row in). The same rule applies to a registration that
-- declares a size: the declared people are entered one by one afterwards.
-- The guarantees table (低保/新农合/新农保/住房 secured, with the date) stays: it records help given to the
-- household. Member enrolment is a per-person status (a selection and 稳定脱贫 condition); where a guarantee
-- was secured, the registrant is marked enrolled (低保 granted), which is what the guarantee recorded.
INSERT INTO household_members (household_id, programme_id, position, relation, sex, birth_date, disabled, disability_category, disability_grade)
SELECT p.household_id, p.programme_id, 1, 'self',
       CASE WHEN substr(p.id_number, 17, 1)::int % 2 = 1 THEN 'M' ELSE 'F' END,
       to_date(substr(p.id_number, 7, 8), 'YYYYMMDD'), true,
       substr(p.certificate_number, 19, 1)::smallint, substr(p.certificate_number, 20, 1)::smallint
  FROM household_private p
UNION ALL
SELECT h.id, h.programme_id, g, NULL, NULL, NULL, g <= h.disabled_members, NULL, NULL
  FROM households h JOIN household_private p ON p.household_id = h.id
 CROSS JOIN LATERAL generate_series(2, h.household_size) g;
--> statement-breakpoint
INSERT INTO household_member_private (member_id, programme_id, full_name, id_number, certificate_number)
SELECT m.id, p.programme_id, p.full_name, p.id_number, p.certificate_number
  FROM household_private p JOIN household_members m ON m.household_id = p.household_id AND m.position = 1;
--> statement-breakpoint
UPDATE household_members m
   SET rural_medical = CASE WHEN EXISTS (SELECT FROM guarantees g WHERE g.household_id = m.household_id AND g.kind = 'rural_medical') THEN true END,
       rural_pension = CASE WHEN EXISTS (SELECT FROM guarantees g WHERE g.household_id = m.household_id AND g.kind = 'rural_pension') THEN true END,
       dibao = CASE WHEN EXISTS (SELECT FROM guarantees g WHERE g.household_id = m.household_id AND g.kind = 'dibao') THEN 'granted' END
 WHERE m.position = 1;
--> statement-breakpoint
-- A registration (household_private row) makes member 1 and the declared, not yet entered, members in one
-- statement, reading the declared size before any count changes it. Statement triggers with transition
-- tables, so a bulk insert costs one statement each.
CREATE FUNCTION household_registrant_member() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO household_members (household_id, programme_id, position, relation, sex, birth_date, disabled, disability_category, disability_grade)
  SELECT p.household_id, p.programme_id, 1, 'self',
         CASE WHEN substr(p.id_number, 17, 1)::int % 2 = 1 THEN 'M' ELSE 'F' END,
         to_date(substr(p.id_number, 7, 8), 'YYYYMMDD'), true,
         substr(p.certificate_number, 19, 1)::smallint, substr(p.certificate_number, 20, 1)::smallint
    FROM new_rows p
  UNION ALL
  SELECT h.id, h.programme_id, g, NULL, NULL, NULL, g <= h.disabled_members, NULL, NULL
    FROM households h JOIN new_rows p ON p.household_id = h.id
   CROSS JOIN LATERAL generate_series(2, h.household_size) g;
  INSERT INTO household_member_private (member_id, programme_id, full_name, id_number, certificate_number)
  SELECT m.id, p.programme_id, p.full_name, p.id_number, p.certificate_number
    FROM new_rows p JOIN household_members m ON m.household_id = p.household_id AND m.position = 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER household_registrant_member AFTER INSERT ON household_private REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION household_registrant_member();
--> statement-breakpoint
-- An edited registrant (name, ID, certificate) is the same edit of member 1.
CREATE FUNCTION household_registrant_member_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE household_members m
     SET sex = CASE WHEN substr(NEW.id_number, 17, 1)::int % 2 = 1 THEN 'M' ELSE 'F' END,
         birth_date = to_date(substr(NEW.id_number, 7, 8), 'YYYYMMDD'),
         disability_category = substr(NEW.certificate_number, 19, 1)::smallint,
         disability_grade = substr(NEW.certificate_number, 20, 1)::smallint,
         updated_at = now()
   WHERE m.household_id = NEW.household_id AND m.position = 1;
  UPDATE household_member_private mp
     SET full_name = NEW.full_name, id_number = NEW.id_number, certificate_number = NEW.certificate_number
    FROM household_members m
   WHERE m.id = mp.member_id AND m.household_id = NEW.household_id AND m.position = 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER household_registrant_member_update AFTER UPDATE OF full_name, id_number, certificate_number ON household_private
  FOR EACH ROW WHEN ((NEW.full_name, NEW.id_number, NEW.certificate_number) IS DISTINCT FROM (OLD.full_name, OLD.id_number, OLD.certificate_number))
  EXECUTE FUNCTION household_registrant_member_update();
--> statement-breakpoint
-- household_size and disabled_members are counted from the members. Whatever an UPDATE of households writes
-- there is replaced by the count (once the household has members); a change of members updates the counts
-- in the same transaction.
CREATE FUNCTION households_member_counts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE n int; d int;
BEGIN
  SELECT count(*)::int, (count(*) FILTER (WHERE disabled))::int INTO n, d FROM household_members WHERE household_id = NEW.id;
  IF n > 0 THEN
    NEW.household_size := n;
    NEW.disabled_members := d;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER households_member_counts BEFORE UPDATE OF household_size, disabled_members ON households
  FOR EACH ROW EXECUTE FUNCTION households_member_counts();
--> statement-breakpoint
CREATE FUNCTION household_members_recount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE households h SET household_size = c.n, disabled_members = c.d
    FROM (SELECT x.household_id, count(m.id)::int AS n, (count(m.id) FILTER (WHERE m.disabled))::int AS d
            FROM (SELECT household_id FROM changed_rows GROUP BY 1) x
            LEFT JOIN household_members m ON m.household_id = x.household_id
           GROUP BY 1) c
   WHERE h.id = c.household_id AND c.n > 0 AND (h.household_size, h.disabled_members) IS DISTINCT FROM (c.n, c.d);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER household_members_recount_insert AFTER INSERT ON household_members REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION household_members_recount();
--> statement-breakpoint
CREATE TRIGGER household_members_recount_delete AFTER DELETE ON household_members REFERENCING OLD TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION household_members_recount();
--> statement-breakpoint
CREATE TRIGGER household_members_recount_update AFTER UPDATE ON household_members REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION household_members_recount();
--> statement-breakpoint
-- Member 1 is the registrant: removed only with the household.
CREATE FUNCTION household_members_keep_registrant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.position = 1 AND EXISTS (SELECT FROM households WHERE id = OLD.household_id) THEN
    RAISE EXCEPTION 'member 1 of household % is the registrant', OLD.household_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE TRIGGER household_members_keep_registrant BEFORE DELETE ON household_members
  FOR EACH ROW EXECUTE FUNCTION household_members_keep_registrant();
