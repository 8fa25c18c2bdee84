/**
 * Something that went wrong while the kiosk started, shown to staff on screen
 * (both languages) instead of a black screen or a restart loop.
 */
export type StartupFault = Readonly<{
  /** `config`: kiosk.config.json is unusable; `data-dir`: the data folder or its database cannot be written. */
  kind: 'config' | 'data-dir';
  /** The file (or folder) at fault, as the kiosk resolved it. */
  file: string;
  /** The setting at fault (`openingHours.mon.open`), or null when the whole file is. */
  key: string | null;
  /** What is wrong, as the validator said it (technical, English). */
  problem: string;
  /** What staff should do about it, in each language. */
  fix: Readonly<{ 'zh-CN': string; en: string }>;
  /**
   * True: the card replaces the tour (a configuration error must be seen and fixed).
   * False: the tour runs (without keeping visits) and the card is a notice on the attract screen.
   */
  blocking: boolean;
}>;
