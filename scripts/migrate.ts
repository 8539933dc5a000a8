// Migrates the database named by the first argument (used by scripts/test.mjs and benchmarks).
import { databaseTarget } from '../src/config.js';
import { migrateDatabase } from '../src/db/migrate.js';

await migrateDatabase(databaseTarget(process.argv[2] ?? ''));
