import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_SCHEMA_FILE, packSchemaText } from '../../electron/shared/pack-schema';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('content-pack JSON Schema', () => {
  it('the committed schema matches the runtime validator (run `npx tsx build/write-pack-schema.ts` after changing it)', () => {
    const committed = fs.readFileSync(path.join(ROOT, PACK_SCHEMA_FILE), 'utf8');
    expect(committed).toBe(packSchemaText());
  });

  it('describes the fields staff edit, with their constraints', () => {
    const schema = JSON.parse(packSchemaText()) as {
      required: string[];
      properties: Record<string, { pattern?: string }>;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'version', 'minKioskVersion', 'languages', 'chapters', 'files']),
    );
    expect(schema.properties.version?.pattern).toBe('^\\d+\\.\\d+\\.\\d+$');
  });
});
