-- DropIndex
DROP INDEX "Order_email_idx";

-- CreateIndex
CREATE INDEX "Order_email_customerId_name_idx" ON "Order"("email", "customerId", "name");


-- Search (hand-written: Prisma's schema language has no FTS5 tables nor triggers). A trigram index of
-- each order's name and email, so the search box's words find their orders without reading them all
-- (src/services/export/order-search.ts). External content: the text stays in "Order"; detail=none
-- keeps it small (which orders hold which trigrams, not where), the LIKE that follows is exact.
CREATE VIRTUAL TABLE "OrderSearch" USING fts5("name", "email", content='Order', content_rowid='id', tokenize='trigram', detail='none');

-- Keeps "OrderSearch" (the FTS5 trigram index of each order's name and email) in step with "Order":
-- every insert, every change of name or email, every delete, in the same statement's transaction.
-- Written by hand (Prisma's schema language has no triggers); scripts/prisma-migration.mjs appends
-- this file to any later SQLite migration that redefines "Order", since dropping a table drops its triggers.
CREATE TRIGGER IF NOT EXISTS "Order_search_insert" AFTER INSERT ON "Order" BEGIN
  INSERT INTO "OrderSearch" ("rowid", "name", "email") VALUES (new."id", new."name", new."email");
END;
CREATE TRIGGER IF NOT EXISTS "Order_search_delete" AFTER DELETE ON "Order" BEGIN
  INSERT INTO "OrderSearch" ("OrderSearch", "rowid", "name", "email") VALUES ('delete', old."id", old."name", old."email");
END;
CREATE TRIGGER IF NOT EXISTS "Order_search_update" AFTER UPDATE OF "id", "name", "email" ON "Order" BEGIN
  INSERT INTO "OrderSearch" ("OrderSearch", "rowid", "name", "email") VALUES ('delete', old."id", old."name", old."email");
  INSERT INTO "OrderSearch" ("rowid", "name", "email") VALUES (new."id", new."name", new."email");
END;

-- The orders placed before this migration.
INSERT INTO "OrderSearch" ("OrderSearch") VALUES ('rebuild');
