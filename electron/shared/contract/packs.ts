/** packs calls and events: filled in by the issue that owns this domain. */
export const packsCalls = {} as const;

export const packsEvents = {} as const;
