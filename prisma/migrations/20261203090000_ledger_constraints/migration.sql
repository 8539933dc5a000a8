-- Ledger rules (hand-written, issue 14): the same text as prisma/hand-written/sqlite-ledger-*.sql.

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

-- Ledger rules of "DraftOrder" (issue 14): the database refuses a row that breaks them, whatever wrote it.
-- SQLite cannot add a CHECK to an existing table, so each rule is a trigger pair (insert, update).
-- scripts/prisma-migration.mjs appends this file to any later SQLite migration that redefines "DraftOrder"
-- (dropping a table drops its triggers). Same rules on PostgreSQL: CHECK constraints of the same names.
CREATE TRIGGER IF NOT EXISTS "ledger_draft_order_amounts_insert" BEFORE INSERT ON "DraftOrder" WHEN NOT (NEW."subtotalCents" >= 0 AND NEW."discountCents" >= 0 AND NEW."shippingCents" >= 0 AND NEW."taxCents" >= 0 AND NEW."totalCents" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_draft_order_amounts: a draft order''s subtotal, discount, shipping, tax and total cannot be negative');
END;
CREATE TRIGGER IF NOT EXISTS "ledger_draft_order_amounts_update" BEFORE UPDATE OF "subtotalCents", "discountCents", "shippingCents", "taxCents", "totalCents" ON "DraftOrder" WHEN NOT (NEW."subtotalCents" >= 0 AND NEW."discountCents" >= 0 AND NEW."shippingCents" >= 0 AND NEW."taxCents" >= 0 AND NEW."totalCents" >= 0) BEGIN
  SELECT RAISE(ABORT, 'ledger_draft_order_amounts: a draft order''s subtotal, discount, shipping, tax and total cannot be negative');
END;

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
