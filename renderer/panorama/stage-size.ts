import { NO_SIZE, type Size } from '../hooks/useElementSize';

let last: Size = NO_SIZE;

/**
 * The panorama stage's last measured size. Every chapter's stage has the same
 * box, so the next chapter starts at this size and its first frame holds the
 * whole scene; its ResizeObserver corrects a wrong guess (a rotation) a frame later.
 */
export const rememberedStageSize = (): Size => last;

/** Records a measured stage size (0 × 0, not yet measured, is not one). */
export const rememberStageSize = (size: Size): void => {
  if (size.width > 0 && size.height > 0) last = size;
};
