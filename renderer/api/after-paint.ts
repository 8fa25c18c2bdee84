/** Runs `run` once the next frame has been produced (a task after rAF), or after `fallbackMs` when frames are not coming. */
export const afterNextPaint = (run: () => void, fallbackMs = 250): void => {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  const timer = setTimeout(once, fallbackMs);
  requestAnimationFrame(() =>
    setTimeout(() => {
      clearTimeout(timer);
      once();
    }, 0),
  );
};

/**
 * For a tap's visible consequence: lets the frame that answers the tap (the
 * pressed button) reach the screen first, and applies `show` right after.
 * Applied inside the tap, a new screen, dialog or text size made that first
 * frame wait for the whole change to be drawn: 100–350 ms without a GPU,
 * the visitor's finger already lifted and nothing moving. What must not wait
 * (narration starting, the visit log) stays in the tap.
 */
export const showAfterFeedback = (show: () => void): void => afterNextPaint(show, 100);
