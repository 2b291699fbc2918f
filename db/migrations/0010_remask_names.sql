-- Masking, second round (DOMAIN.md "Masking"): a 2-character name keeps its first character (张*); a
-- longer one keeps its first and last (欧**娜). The same rule as lib/domain/masking.ts maskName, applied
-- to the names stored before it. Draft lists follow their households; a published, closed or withdrawn
-- list stays exactly as it was published (its trigger freezes it, and the older mask showed less).
UPDATE households h SET masked_name = CASE
    WHEN char_length(btrim(p.full_name)) <= 1 THEN '*'
    WHEN char_length(btrim(p.full_name)) = 2 THEN left(btrim(p.full_name), 1) || '*'
    ELSE left(btrim(p.full_name), 1) || repeat('*', char_length(btrim(p.full_name)) - 2) || right(btrim(p.full_name), 1)
  END
  FROM household_private p
  WHERE p.household_id = h.id;
--> statement-breakpoint
UPDATE notice_entries e SET masked_name = h.masked_name
  FROM households h, notices n
  WHERE h.id = e.household_id AND n.id = e.notice_id AND n.status = 'draft' AND e.masked_name <> h.masked_name;
