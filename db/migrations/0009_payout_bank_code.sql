ALTER TABLE "businesses" ADD COLUMN "payout_bank_code" text;--> statement-breakpoint
-- Accounts entered before the bank list existed: strip the separators people type, and name the bank by its code.
UPDATE "businesses" SET "payout_account_number" = regexp_replace("payout_account_number", '[[:space:].-]', '', 'g') WHERE "payout_account_number" IS NOT NULL;--> statement-breakpoint
UPDATE "businesses" SET "payout_bank_code" = CASE "payout_bank_name" WHEN 'BRI' THEN '002' WHEN 'BNI' THEN '009' WHEN 'Bank Mandiri' THEN '008' WHEN 'BTN' THEN '200' WHEN 'Bank NTB Syariah' THEN '128' WHEN 'BCA' THEN '014' END WHERE "payout_bank_name" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_payout_account_digits" CHECK ("businesses"."payout_account_number" IS NULL OR "businesses"."payout_account_number" ~ '^[0-9]{6,20}$');
