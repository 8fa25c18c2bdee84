/** Icon names the chrome uses. */
export type IconName =
  | 'play'
  | 'pause'
  | 'replay'
  | 'volume-down'
  | 'volume-up'
  | 'captions'
  | 'list'
  | 'home'
  | 'previous'
  | 'next'
  | 'text-size'
  | 'close'
  | 'check'
  | 'down'
  | 'low-reach'
  | 'less-motion'
  | 'transcript';

type IconProps = Readonly<{ name: IconName; size?: number }>;

const PATHS: Readonly<Record<IconName, string>> = {
  play: 'M8 5.5v13a1 1 0 0 0 1.5.86l10.5-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5Z',
  pause: 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z',
  replay: 'M12 5V2L7 6l5 4V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8Z',
  'volume-down': 'M4 9v6h4l5 4V5L8 9H4Zm12.5 3a3.5 3.5 0 0 0-2-3.15v6.3a3.5 3.5 0 0 0 2-3.15Z',
  'volume-up':
    'M4 9v6h4l5 4V5L8 9H4Zm12.5 3a3.5 3.5 0 0 0-2-3.15v6.3a3.5 3.5 0 0 0 2-3.15ZM14.5 3.2v2.06a7 7 0 0 1 0 13.48v2.06a9 9 0 0 0 0-17.6Z',
  captions:
    'M4 5h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Zm2.5 5.5v3a1.5 1.5 0 0 0 1.5 1.5h2v-1.5H8v-3h2V9H8a1.5 1.5 0 0 0-1.5 1.5Zm7 0v3A1.5 1.5 0 0 0 15 15h2v-1.5h-2v-3h2V9h-2a1.5 1.5 0 0 0-1.5 1.5Z',
  list: 'M4 6h2v2H4zm4 0h12v2H8zM4 11h2v2H4zm4 0h12v2H8zm-4 5h2v2H4zm4 0h12v2H8z',
  home: 'M4 5h7v6H4zm9 0h7v6h-7zM4 13h7v6H4zm9 0h7v6h-7z',
  previous: 'M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z',
  next: 'm8.6 5.4 1.4-1.4 8 8-8 8-1.4-1.4 6.6-6.6z',
  'text-size':
    'M3 18h2.3l1-3h4.4l1 3H14L9.6 5H7.4L3 18Zm4-5 1.5-4.6L10 13H7Zm9.5 5h1.8l.6-1.8h2.6l.6 1.8H22l-2.7-8h-2.1l-2.7 8Zm3-3.3.8-2.5.8 2.5h-1.6Z',
  close: 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z',
  check: 'm9.5 16.2-4.2-4.2-1.4 1.4 5.6 5.6 12-12-1.4-1.4z',
  down: 'M5.4 8.6 4 10l8 8 8-8-1.4-1.4-6.6 6.6z',
  // An arrow down to a line: the controls come down to the bottom of the screen.
  'low-reach': 'M11 3h2v10.2l3.6-3.6L18 11l-6 6-6-6 1.4-1.4 3.6 3.6zM4 19h16v2H4z',
  // Motion lines, struck through.
  'less-motion': 'M3 7h9v2H3zm5 4h9v2H8zm-5 4h9v2H3zM4.4 3 3 4.4 19.6 21l1.4-1.4z',
  // A page with lines of text (the lines are holes: drawn the other way round).
  transcript: 'M5 2h10l5 5v15H5V2Zm3 7v1.8h9V9H8Zm0 4v1.8h9V13H8Zm0 4v1.8h6V17H8Z',
};

/** A decorative 24-unit icon; the button around it carries the accessible name. */
export const Icon = ({ name, size = 32 }: IconProps) => (
  <svg className="icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d={PATHS[name]} fill="currentColor" />
  </svg>
);
