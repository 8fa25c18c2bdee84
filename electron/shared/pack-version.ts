/**
 * Version arithmetic for content packs and the kiosk: plain "MAJOR.MINOR.PATCH"
 * (the manifest schema refuses anything else, so no pre-release rules are needed).
 */

const parts = (version: string): [number, number, number] => {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map((part) => Number.parseInt(part, 10) || 0);
  return [major, minor, patch];
};

/** Negative when a < b, 0 when equal, positive when a > b. */
export const compareVersions = (a: string, b: string): number => {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < 3; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
};
