-- Ledger rules of "Order" (issue 14): the database refuses a row that breaks them, whatever wrote it.
-- SQLite cannot add a CHECK to an existing table, so each rule is a trigger pair (insert, update).
-- scripts/prisma-migration.mjs appends this file to any later SQLite migration that redefines "Order"
-- (dropping a table drops its triggers). Same rules on PostgreSQL: CHECK constraints of the same names.
CREATE TRIGGER IF NOT EXISTS "ledger_order_amounts_insert" BEFORE INSERT ON "Order" WHEN NOT (NEW."subtotalCents" >= 0 AND NEW."discountCents" >= 0 AND NEW."shippingCents" >= 0 AND NEW."taxCents" >= 0 AND NEW."totalCents" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_order_amounts: an order''s subtotal, discount, shipping, tax and total cannot be negative');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_order_amounts_update" BEFORE UPDATE OF "subtotalCents", "discountCents", "shippingCents", "taxCents", "totalCents" ON "Order" WHEN NOT (NEW."subtotalCents" >= 0 AND NEW."discountCents" >= 0 AND NEW."shippingCents" >= 0 AND NEW."taxCents" >= 0 AND NEW."totalCents" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_order_amounts: an order''s subtotal, discount, shipping, tax and total cannot be negative');
END;
