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
