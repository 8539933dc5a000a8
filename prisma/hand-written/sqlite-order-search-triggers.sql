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
