/**
 * RFC 9562 UUID version 7: a 48-bit Unix time in milliseconds, then 74
 * random bits. Ids made later sort later, so visits and events land at the
 * end of the visit log's B-trees instead of at random places in them: pages
 * fill up instead of splitting, and the rows of visits that started close
 * together sit close together on disk (an export reads the log in that order).
 * The time in the id is the visit's own start or event time, which the log
 * stores anyway: it reveals nothing new.
 */
export const uuidV7 = (ms: number = Date.now(), random: Uint8Array = randomBytes(10)): string => {
  if (random.length < 10) throw new RangeError(`uuidV7: needs 10 random bytes, got ${random.length}`);
  // A clock gone wrong must not break a visitor's tap: the id stays a valid,
  // unique UUID (its randomness is intact), only out of order.
  const time = Number.isFinite(ms) ? Math.min(MAX_TIME, Math.max(0, Math.trunc(ms))) : 0;
  const hex = time.toString(16).padStart(12, '0');
  const byte = (i: number) => random[i]!.toString(16).padStart(2, '0');
  // Version 7 in the high nibble of byte 6, variant 0b10 in the top bits of byte 8.
  const version = (0x70 | (random[0]! & 0x0f)).toString(16);
  const variant = (0x80 | (random[2]! & 0x3f)).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}${byte(1)}-${variant}${byte(3)}-${byte(4)}${byte(5)}${byte(6)}${byte(7)}${byte(8)}${byte(9)}`;
};

const MAX_TIME = 2 ** 48 - 1;
const randomBytes = (n: number): Uint8Array => crypto.getRandomValues(new Uint8Array(n));
