import { z } from 'zod';
import { PackManifest } from './content-pack';

/** Where the generated schema is committed (relative to the project root). */
export const PACK_SCHEMA_FILE = 'assets/content-pack.schema.json';

/**
 * The JSON Schema of manifest.json, generated from the runtime validator so
 * editors autocomplete exactly what the kiosk accepts. Rules a schema cannot say
 * (every language present everywhere, chapter order) stay in pack-validate.ts.
 */
export const packJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(PackManifest, { target: 'draft-2020-12', io: 'input' }),
  $id: 'https://changjiahui-kiosk.local/content-pack.schema.json',
  title: 'Changjiahui kiosk content pack manifest (manifest.json)',
  description:
    'Generated from electron/shared/content-pack.ts by build/write-pack-schema.ts; do not edit by hand. See docs/content-packs.md.',
});

/** The schema as committed: two-space JSON with a final newline. */
export const packSchemaText = (): string => `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
