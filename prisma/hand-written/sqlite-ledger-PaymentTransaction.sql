-- Ledger rules of "PaymentTransaction" (issue 14): the database refuses a row that breaks them, whatever wrote it.
-- SQLite cannot add a CHECK to an existing table, so each rule is a trigger pair (insert, update).
-- scripts/prisma-migration.mjs appends this file to any later SQLite migration that redefines "PaymentTransaction"
-- (dropping a table drops its triggers). Same rules on PostgreSQL: CHECK constraints of the same names.
CREATE TRIGGER IF NOT EXISTS "ledger_payment_amount_insert" BEFORE INSERT ON "PaymentTransaction" WHEN NOT (NEW."amountCents" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_payment_amount: a payment amount cannot be negative');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_payment_amount_update" BEFORE UPDATE OF "amountCents" ON "PaymentTransaction" WHEN NOT (NEW."amountCents" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_payment_amount: a payment amount cannot be negative');
END;
-- Across rows: refunded <= captured (CAPTURE + SALE) and captures <= authorizations, per order, successful
-- transactions only. AFTER triggers: they see the row just written; RAISE(ABORT) undoes the statement.
CREATE TRIGGER IF NOT EXISTS "ledger_refunds_within_captures_insert" AFTER INSERT ON "PaymentTransaction" WHEN NEW."status" = 'SUCCESS' AND NEW."kind" = 'REFUND' BEGIN
  SELECT RAISE(ABORT, 'ledger_refunds_within_captures: an order cannot have more refunded than captured') FROM (SELECT COALESCE(SUM(CASE WHEN "kind" = 'AUTHORIZATION' THEN "amountCents" ELSE 0 END), 0) AS authorized,
                 COALESCE(SUM(CASE WHEN "kind" = 'CAPTURE' THEN "amountCents" ELSE 0 END), 0) AS captures,
                 COALESCE(SUM(CASE WHEN "kind" IN ('CAPTURE', 'SALE') THEN "amountCents" ELSE 0 END), 0) AS captured,
                 COALESCE(SUM(CASE WHEN "kind" = 'REFUND' THEN "amountCents" ELSE 0 END), 0) AS refunded
            FROM "PaymentTransaction" WHERE "orderId" = NEW."orderId" AND "status" = 'SUCCESS') WHERE refunded > captured;
END;
CREATE TRIGGER IF NOT EXISTS "ledger_refunds_within_captures_update" AFTER UPDATE OF "orderId", "kind", "status", "amountCents" ON "PaymentTransaction" BEGIN
  SELECT RAISE(ABORT, 'ledger_refunds_within_captures: an order cannot have more refunded than captured') FROM (SELECT COALESCE(SUM(CASE WHEN "kind" = 'AUTHORIZATION' THEN "amountCents" ELSE 0 END), 0) AS authorized,
                 COALESCE(SUM(CASE WHEN "kind" = 'CAPTURE' THEN "amountCents" ELSE 0 END), 0) AS captures,
                 COALESCE(SUM(CASE WHEN "kind" IN ('CAPTURE', 'SALE') THEN "amountCents" ELSE 0 END), 0) AS captured,
                 COALESCE(SUM(CASE WHEN "kind" = 'REFUND' THEN "amountCents" ELSE 0 END), 0) AS refunded
            FROM "PaymentTransaction" WHERE "orderId" = NEW."orderId" AND "status" = 'SUCCESS') WHERE refunded > captured;
END;
CREATE TRIGGER IF NOT EXISTS "ledger_captures_within_authorizations_insert" AFTER INSERT ON "PaymentTransaction" WHEN NEW."status" = 'SUCCESS' AND NEW."kind" = 'CAPTURE' BEGIN
  SELECT RAISE(ABORT, 'ledger_captures_within_authorizations: an order cannot have more captured than authorized') FROM (SELECT COALESCE(SUM(CASE WHEN "kind" = 'AUTHORIZATION' THEN "amountCents" ELSE 0 END), 0) AS authorized,
                 COALESCE(SUM(CASE WHEN "kind" = 'CAPTURE' THEN "amountCents" ELSE 0 END), 0) AS captures,
                 COALESCE(SUM(CASE WHEN "kind" IN ('CAPTURE', 'SALE') THEN "amountCents" ELSE 0 END), 0) AS captured,
                 COALESCE(SUM(CASE WHEN "kind" = 'REFUND' THEN "amountCents" ELSE 0 END), 0) AS refunded
            FROM "PaymentTransaction" WHERE "orderId" = NEW."orderId" AND "status" = 'SUCCESS') WHERE captures > authorized;
END;
CREATE TRIGGER IF NOT EXISTS "ledger_captures_within_authorizations_update" AFTER UPDATE OF "orderId", "kind", "status", "amountCents" ON "PaymentTransaction" BEGIN
  SELECT RAISE(ABORT, 'ledger_captures_within_authorizations: an order cannot have more captured than authorized') FROM (SELECT COALESCE(SUM(CASE WHEN "kind" = 'AUTHORIZATION' THEN "amountCents" ELSE 0 END), 0) AS authorized,
                 COALESCE(SUM(CASE WHEN "kind" = 'CAPTURE' THEN "amountCents" ELSE 0 END), 0) AS captures,
                 COALESCE(SUM(CASE WHEN "kind" IN ('CAPTURE', 'SALE') THEN "amountCents" ELSE 0 END), 0) AS captured,
                 COALESCE(SUM(CASE WHEN "kind" = 'REFUND' THEN "amountCents" ELSE 0 END), 0) AS refunded
            FROM "PaymentTransaction" WHERE "orderId" = NEW."orderId" AND "status" = 'SUCCESS') WHERE captures > authorized;
END;
