-- Ledger rules of "FulfillmentLine" (issue 14): the database refuses a row that breaks them, whatever wrote it.
-- SQLite cannot add a CHECK to an existing table, so each rule is a trigger pair (insert, update).
-- scripts/prisma-migration.mjs appends this file to any later SQLite migration that redefines "FulfillmentLine"
-- (dropping a table drops its triggers). Same rules on PostgreSQL: CHECK constraints of the same names.
CREATE TRIGGER IF NOT EXISTS "ledger_fulfillment_line_insert" BEFORE INSERT ON "FulfillmentLine" WHEN NOT (NEW."quantity" > 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_fulfillment_line: a shipped line has at least one unit');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_fulfillment_line_update" BEFORE UPDATE OF "quantity" ON "FulfillmentLine" WHEN NOT (NEW."quantity" > 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_fulfillment_line: a shipped line has at least one unit');
END;
