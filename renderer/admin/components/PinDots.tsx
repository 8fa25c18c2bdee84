import { PIN_MAX } from '../session/session-machine';

type PinDotsProps = Readonly<{ count: number; label: string }>;

/** The entered PIN, masked: one filled dot per digit, empty ones up to the longest PIN. */
export const PinDots = ({ count, label }: PinDotsProps) => (
  <div className="admin-pin-dots" role="status" aria-label={label} data-testid="pin-dots" data-count={count}>
    {Array.from({ length: PIN_MAX }, (_, i) => (
      <span key={i} className={`admin-pin-dot${i < count ? ' admin-pin-dot--on' : ''}`} aria-hidden="true" />
    ))}
  </div>
);
