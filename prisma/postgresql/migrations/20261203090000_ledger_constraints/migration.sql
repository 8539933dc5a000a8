-- Ledger rules (hand-written, issue 14): the database refuses a row that breaks them, whatever wrote it.
-- Row rules are CHECK constraints (added NOT VALID, then validated against the rows already there); the
-- rules across rows are a trigger. The same names as the SQLite triggers, all "ledger_*". Later migrations
-- diff schema against schema, so they keep these.
ALTER TABLE "Order" ADD CONSTRAINT "ledger_order_amounts" CHECK ("subtotalCents" >= 0 AND "discountCents" >= 0 AND "shippingCents" >= 0 AND "taxCents" >= 0 AND "totalCents" >= 0) NOT VALID;
ALTER TABLE "Order" VALIDATE CONSTRAINT "ledger_order_amounts";
ALTER TABLE "DraftOrder" ADD CONSTRAINT "ledger_draft_order_amounts" CHECK ("subtotalCents" >= 0 AND "discountCents" >= 0 AND "shippingCents" >= 0 AND "taxCents" >= 0 AND "totalCents" >= 0) NOT VALID;
ALTER TABLE "DraftOrder" VALIDATE CONSTRAINT "ledger_draft_order_amounts";
ALTER TABLE "OrderLine" ADD CONSTRAINT "ledger_order_line_quantity" CHECK ("quantity" > 0) NOT VALID;
ALTER TABLE "OrderLine" VALIDATE CONSTRAINT "ledger_order_line_quantity";
ALTER TABLE "OrderLine" ADD CONSTRAINT "ledger_order_line_amounts" CHECK ("unitPriceCents" >= 0 AND "discountCents" >= 0 AND "taxCents" >= 0) NOT VALID;
ALTER TABLE "OrderLine" VALIDATE CONSTRAINT "ledger_order_line_amounts";
ALTER TABLE "OrderLine" ADD CONSTRAINT "ledger_order_line_counts" CHECK ("fulfilledQuantity" >= 0 AND "removedQuantity" >= 0 AND "refundedQuantity" >= 0 AND "restockedQuantity" >= 0) NOT VALID;
ALTER TABLE "OrderLine" VALIDATE CONSTRAINT "ledger_order_line_counts";
ALTER TABLE "OrderLine" ADD CONSTRAINT "ledger_order_line_shipped" CHECK ("fulfilledQuantity" + "removedQuantity" <= "quantity") NOT VALID;
ALTER TABLE "OrderLine" VALIDATE CONSTRAINT "ledger_order_line_shipped";
ALTER TABLE "OrderLine" ADD CONSTRAINT "ledger_order_line_refunded" CHECK ("refundedQuantity" <= "quantity") NOT VALID;
ALTER TABLE "OrderLine" VALIDATE CONSTRAINT "ledger_order_line_refunded";
ALTER TABLE "OrderLine" ADD CONSTRAINT "ledger_order_line_restocked" CHECK ("restockedQuantity" <= "quantity") NOT VALID;
ALTER TABLE "OrderLine" VALIDATE CONSTRAINT "ledger_order_line_restocked";
ALTER TABLE "PaymentTransaction" ADD CONSTRAINT "ledger_payment_amount" CHECK ("amountCents" >= 0) NOT VALID;
ALTER TABLE "PaymentTransaction" VALIDATE CONSTRAINT "ledger_payment_amount";
ALTER TABLE "Refund" ADD CONSTRAINT "ledger_refund_amounts" CHECK ("amountCents" >= 0 AND "shippingCents" >= 0) NOT VALID;
ALTER TABLE "Refund" VALIDATE CONSTRAINT "ledger_refund_amounts";
ALTER TABLE "RefundLine" ADD CONSTRAINT "ledger_refund_line" CHECK ("quantity" > 0 AND "amountCents" >= 0) NOT VALID;
ALTER TABLE "RefundLine" VALIDATE CONSTRAINT "ledger_refund_line";
ALTER TABLE "FulfillmentLine" ADD CONSTRAINT "ledger_fulfillment_line" CHECK ("quantity" > 0) NOT VALID;
ALTER TABLE "FulfillmentLine" VALIDATE CONSTRAINT "ledger_fulfillment_line";
ALTER TABLE "InventoryItem" ADD CONSTRAINT "ledger_stock_committed" CHECK ("committed" >= 0) NOT VALID;
ALTER TABLE "InventoryItem" VALIDATE CONSTRAINT "ledger_stock_committed";
ALTER TABLE "InventoryItem" ADD CONSTRAINT "ledger_stock_on_hand" CHECK ("allowBackorder" OR "onHand" >= 0) NOT VALID;
ALTER TABLE "InventoryItem" VALIDATE CONSTRAINT "ledger_stock_on_hand";

-- Refunded <= captured (CAPTURE + SALE) and captures <= authorizations, per order, successful transactions
-- only. The order's row is locked first: two transactions writing to one order at once check in turn, each
-- seeing the other's committed rows (READ COMMITTED takes a new snapshot per statement). NO KEY UPDATE: it
-- does not wait on the KEY SHARE locks that inserting a transaction row takes on its order.
CREATE FUNCTION "ledger_payment_totals"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  t record;
BEGIN
  IF TG_OP = 'INSERT' AND (NEW."status" <> 'SUCCESS' OR NEW."kind" NOT IN ('REFUND', 'CAPTURE')) THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM "Order" WHERE "id" = NEW."orderId" FOR NO KEY UPDATE;
  SELECT * INTO t FROM (SELECT COALESCE(SUM(CASE WHEN "kind" = 'AUTHORIZATION' THEN "amountCents" ELSE 0 END), 0) AS authorized,
                 COALESCE(SUM(CASE WHEN "kind" = 'CAPTURE' THEN "amountCents" ELSE 0 END), 0) AS captures,
                 COALESCE(SUM(CASE WHEN "kind" IN ('CAPTURE', 'SALE') THEN "amountCents" ELSE 0 END), 0) AS captured,
                 COALESCE(SUM(CASE WHEN "kind" = 'REFUND' THEN "amountCents" ELSE 0 END), 0) AS refunded
            FROM "PaymentTransaction" WHERE "orderId" = NEW."orderId" AND "status" = 'SUCCESS') AS sums;
  IF t.refunded > t.captured THEN
    RAISE EXCEPTION 'ledger_refunds_within_captures: an order cannot have more refunded than captured' USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_refunds_within_captures';
  END IF;
  IF t.captures > t.authorized THEN
    RAISE EXCEPTION 'ledger_captures_within_authorizations: an order cannot have more captured than authorized' USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_captures_within_authorizations';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "ledger_payment_totals" AFTER INSERT OR UPDATE OF "orderId", "kind", "status", "amountCents" ON "PaymentTransaction"
  FOR EACH ROW EXECUTE FUNCTION "ledger_payment_totals"();
