// @adminjs/prisma needs the full DMMF (ids, relations, enums); the JS-engine client only
// ships a stripped one (prisma/orm#28348), so build it from the schema once at start.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DMMF } from '@prisma/client/runtime/library';

const require = createRequire(import.meta.url);
const schemaPath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'prisma', 'schema.prisma');

let cached: DMMF.Document | undefined;

export function fullDmmf(): DMMF.Document {
  if (!cached) {
    const { get_dmmf } = require('@prisma/prisma-schema-wasm') as { get_dmmf(params: string): string };
    const prismaSchema = readFileSync(schemaPath, 'utf8');
    cached = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', prismaSchema]] }))) as DMMF.Document;
  }
  return cached;
}

export function dmmfModel(name: string): DMMF.Model {
  const model = fullDmmf().datamodel.models.find((m) => m.name === name);
  if (!model) throw new Error(`No model ${name} in prisma/schema.prisma`);
  return model;
}
