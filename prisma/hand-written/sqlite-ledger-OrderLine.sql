-- Ledger rules of "OrderLine" (issue 14): the database refuses a row that breaks them, whatever wrote it.
-- SQLite cannot add a CHECK to an existing table, so each rule is a trigger pair (insert, update).
-- scripts/prisma-migration.mjs appends this file to any later SQLite migration that redefines "OrderLine"
-- (dropping a table drops its triggers). Same rules on PostgreSQL: CHECK constraints of the same names.
CREATE TRIGGER IF NOT EXISTS "ledger_order_line_quantity_insert" BEFORE INSERT ON "OrderLine" WHEN NOT (NEW."quantity" > 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_order_line_quantity: an order line has at least one unit');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_order_line_quantity_update" BEFORE UPDATE OF "quantity" ON "OrderLine" WHEN NOT (NEW."quantity" > 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_order_line_quantity: an order line has at least one unit');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_order_line_amounts_insert" BEFORE INSERT ON "OrderLine" WHEN NOT (NEW."unitPriceCents" >= 0 AND NEW."discountCents" >= 0 AND NEW."taxCents" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_order_line_amounts: an order line''s price, discount and tax cannot be negative');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_order_line_amounts_update" BEFORE UPDATE OF "unitPriceCents", "discountCents", "taxCents" ON "OrderLine" WHEN NOT (NEW."unitPriceCents" >= 0 AND NEW."discountCents" >= 0 AND NEW."taxCents" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_order_line_amounts: an order line''s price, discount and tax cannot be negative');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_order_line_counts_insert" BEFORE INSERT ON "OrderLine" WHEN NOT (NEW."fulfilledQuantity" >= 0 AND NEW."removedQuantity" >= 0 AND NEW."refundedQuantity" >= 0 AND NEW."restockedQuantity" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_order_line_counts: shipped, removed, refunded and restocked units cannot be negative');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_order_line_counts_update" BEFORE UPDATE OF "fulfilledQuantity", "removedQuantity", "refundedQuantity", "restockedQuantity" ON "OrderLine" WHEN NOT (NEW."fulfilledQuantity" >= 0 AND NEW."removedQuantity" >= 0 AND NEW."refundedQuantity" >= 0 AND NEW."restockedQuantity" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_order_line_counts: shipped, removed, refunded and restocked units cannot be negative');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_order_line_shipped_insert" BEFORE INSERT ON "OrderLine" WHEN NOT (NEW."fulfilledQuantity" + NEW."removedQuantity" <= NEW."quantity") BEGIN
  SELECT RAISE(ABORT, 'ledger_order_line_shipped: shipped and removed units cannot exceed the quantity ordered');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_order_line_shipped_update" BEFORE UPDATE OF "quantity", "fulfilledQuantity", "removedQuantity" ON "OrderLine" WHEN NOT (NEW."fulfilledQuantity" + NEW."removedQuantity" <= NEW."quantity") BEGIN
  SELECT RAISE(ABORT, 'ledger_order_line_shipped: shipped and removed units cannot exceed the quantity ordered');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_order_line_refunded_insert" BEFORE INSERT ON "OrderLine" WHEN NOT (NEW."refundedQuantity" <= NEW."quantity") BEGIN
  SELECT RAISE(ABORT, 'ledger_order_line_refunded: refunded units cannot exceed the quantity ordered');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_order_line_refunded_update" BEFORE UPDATE OF "quantity", "refundedQuantity" ON "OrderLine" WHEN NOT (NEW."refundedQuantity" <= NEW."quantity") BEGIN
  SELECT RAISE(ABORT, 'ledger_order_line_refunded: refunded units cannot exceed the quantity ordered');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_order_line_restocked_insert" BEFORE INSERT ON "OrderLine" WHEN NOT (NEW."restockedQuantity" <= NEW."quantity") BEGIN
  SELECT RAISE(ABORT, 'ledger_order_line_restocked: restocked units cannot exceed the quantity ordered');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_order_line_restocked_update" BEFORE UPDATE OF "quantity", "restockedQuantity" ON "OrderLine" WHEN NOT (NEW."restockedQuantity" <= NEW."quantity") BEGIN
  SELECT RAISE(ABORT, 'ledger_order_line_restocked: restocked units cannot exceed the quantity ordered');
END;
