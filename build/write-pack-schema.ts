import fs from 'node:fs';
import path from 'node:path';
import { PACK_SCHEMA_FILE, packSchemaText } from '../electron/shared/pack-schema';

/**
 * Regenerates assets/content-pack.schema.json from the zod manifest schema.
 * Run after changing electron/shared/content-pack.ts: `npx tsx build/write-pack-schema.ts`
 * (tests/unit/pack-schema.test.ts fails until you do).
 */
const file = path.resolve(import.meta.dirname, '..', PACK_SCHEMA_FILE);
fs.writeFileSync(file, packSchemaText());
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
