-- Ledger rules of "InventoryItem" (issue 14): the database refuses a row that breaks them, whatever wrote it.
-- SQLite cannot add a CHECK to an existing table, so each rule is a trigger pair (insert, update).
-- scripts/prisma-migration.mjs appends this file to any later SQLite migration that redefines "InventoryItem"
-- (dropping a table drops its triggers). Same rules on PostgreSQL: CHECK constraints of the same names.
CREATE TRIGGER IF NOT EXISTS "ledger_stock_committed_insert" BEFORE INSERT ON "InventoryItem" WHEN NOT (NEW."committed" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_stock_committed: committed stock cannot be negative');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_stock_committed_update" BEFORE UPDATE OF "committed" ON "InventoryItem" WHEN NOT (NEW."committed" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_stock_committed: committed stock cannot be negative');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_stock_on_hand_insert" BEFORE INSERT ON "InventoryItem" WHEN NOT (NEW."allowBackorder" OR NEW."onHand" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_stock_on_hand: on-hand stock cannot be negative unless the item allows backorders');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_stock_on_hand_update" BEFORE UPDATE OF "onHand", "allowBackorder" ON "InventoryItem" WHEN NOT (NEW."allowBackorder" OR NEW."onHand" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_stock_on_hand: on-hand stock cannot be negative unless the item allows backorders');
END;
