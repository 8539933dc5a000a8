-- DropIndex
DROP INDEX "Order_email_idx";

-- CreateIndex
CREATE INDEX "Order_email_customerId_name_idx" ON "Order"("email", "customerId", "name");


-- Search (hand-written: Prisma's schema language cannot express pg_trgm indexes). Trigram GIN indexes
-- on the columns the search box reads, so ILIKE '%word%' finds its rows without reading every order
-- (src/services/export/order-search.ts). pg_trgm ships with PostgreSQL and is a trusted extension:
-- the database's owner may create it. Later migrations diff schema against schema, so they keep these.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Order_name_trgm_idx" ON "Order" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Order_email_trgm_idx" ON "Order" USING gin ("email" gin_trgm_ops);
CREATE INDEX "Customer_firstName_trgm_idx" ON "Customer" USING gin ("firstName" gin_trgm_ops);
CREATE INDEX "Customer_lastName_trgm_idx" ON "Customer" USING gin ("lastName" gin_trgm_ops);
