-- Backfill: every business verified before storefronts existed gets its slug now, made the way
-- lib/domain/storefront/slug.ts makes it (lower-case ASCII words joined by "-", at most 56 characters, a
-- -2, -3, … suffix for the second and later business of the same name, oldest first). New verifications
-- get theirs from the verification service. A name that yields nothing usable becomes "toko".
INSERT INTO "storefronts" ("business_id", "slug")
SELECT "id", CASE WHEN "n" = 1 THEN "base" ELSE "base" || '-' || "n" END
FROM (
  SELECT "id", "base", row_number() OVER (PARTITION BY "base" ORDER BY "created_at", "id") AS "n"
  FROM (
    SELECT "id", "created_at",
      COALESCE(NULLIF(trim(both '-' FROM left(trim(both '-' FROM regexp_replace(lower("legal_name"), '[^a-z0-9]+', '-', 'g')), 56)), ''), 'toko') AS "base"
    FROM "businesses"
    WHERE "verification_status" IN ('verified', 'suspended')
  ) AS "named"
) AS "numbered"
ON CONFLICT DO NOTHING;
