/**
 * Work on many cytoscape elements, a chunk at a time with a frame between chunks: whatever a
 * chunk changes (positions, classes) costs again in the next frame's redraw, so letting that frame
 * draw before the next chunk keeps every task short, and the page answers clicks in between.
 * The first chunk runs at once. Returns a function that stops the chunks not yet run.
 */
export function inChunks(
  total: number,
  size: number,
  apply: (from: number, to: number) => void,
  done: () => void = () => {},
): () => void {
  let frame = 0;
  let timer = 0;
  let stopped = false;
  let from = 0;
  const step = () => {
    if (stopped) return;
    const to = Math.min(total, from + size);
    apply(from, to);
    from = to;
    if (from >= total) return done();
    // A hidden document gets no frames: then a plain timer.
    if (document.hidden) timer = window.setTimeout(step, 0);
    else frame = requestAnimationFrame(() => (timer = window.setTimeout(step, 0)));
  };
  step();
  return () => {
    stopped = true;
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
