-- Ledger rules of "RefundLine" (issue 14): the database refuses a row that breaks them, whatever wrote it.
-- SQLite cannot add a CHECK to an existing table, so each rule is a trigger pair (insert, update).
-- scripts/prisma-migration.mjs appends this file to any later SQLite migration that redefines "RefundLine"
-- (dropping a table drops its triggers). Same rules on PostgreSQL: CHECK constraints of the same names.
CREATE TRIGGER IF NOT EXISTS "ledger_refund_line_insert" BEFORE INSERT ON "RefundLine" WHEN NOT (NEW."quantity" > 0 AND NEW."amountCents" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_refund_line: a refund line has at least one unit and no negative amount');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_refund_line_update" BEFORE UPDATE OF "quantity", "amountCents" ON "RefundLine" WHEN NOT (NEW."quantity" > 0 AND NEW."amountCents" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_refund_line: a refund line has at least one unit and no negative amount');
END;
