-- Ledger rules of "Refund" (issue 14): the database refuses a row that breaks them, whatever wrote it.
-- SQLite cannot add a CHECK to an existing table, so each rule is a trigger pair (insert, update).
-- scripts/prisma-migration.mjs appends this file to any later SQLite migration that redefines "Refund"
-- (dropping a table drops its triggers). Same rules on PostgreSQL: CHECK constraints of the same names.
CREATE TRIGGER IF NOT EXISTS "ledger_refund_amounts_insert" BEFORE INSERT ON "Refund" WHEN NOT (NEW."amountCents" >= 0 AND NEW."shippingCents" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_refund_amounts: a refund amount cannot be negative');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_refund_amounts_update" BEFORE UPDATE OF "amountCents", "shippingCents" ON "Refund" WHEN NOT (NEW."amountCents" >= 0 AND NEW."shippingCents" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_refund_amounts: a refund amount cannot be negative');
END;
