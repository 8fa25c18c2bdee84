import { PackManifest } from '../electron/shared/content-pack';

/** The manifest's fields in the schema's order (electron/shared/content-pack.ts). */
const FIELD_ORDER: readonly string[] = Object.keys(PackManifest.shape);

/**
 * A manifest's fields put in the schema's order, whichever step added them:
 * manifest.json is written with JSON.stringify, which keeps insertion order,
 * so the build steps (build-default-pack.ts, zh-hant.ts) share this instead
 * of each spelling the order out. Fields the schema does not know keep their
 * own order after the known ones.
 */
export const orderedManifest = <M extends object>(fields: M): M => {
  const known = FIELD_ORDER.filter((key) => key in fields);
  const unknown = Object.keys(fields).filter((key) => !FIELD_ORDER.includes(key));
  return Object.fromEntries([...known, ...unknown].map((key) => [key, fields[key as keyof M]])) as M;
};
