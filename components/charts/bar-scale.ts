/** Pure geometry for horizontal bar charts: kept apart from the SVG so it is unit-tested without rendering. */
/** `isAlert` paints a bar red without a target line (e.g. a late payment-age bucket). */
export type Bar = { label: string; value: number; isAlert?: boolean };

export const CHART_WIDTH = 320; // fits a 360 px screen with page padding; the SVG scales down further via viewBox
export const ROW_HEIGHT = 28;
export const LABEL_WIDTH = 120;

/** Bar widths in SVG units on a 0..max scale; max is at least the target so the target line always shows. */
export const barLayout = (bars: Bar[], target?: number) => {
  const max = Math.max(target ?? 0, ...bars.map((b) => b.value), Number.EPSILON);
  const plot = CHART_WIDTH - LABEL_WIDTH - 8;
  const x = (v: number) => LABEL_WIDTH + (Math.max(0, v) / max) * plot;
  return {
    height: bars.length * ROW_HEIGHT + 8,
    rows: bars.map((b, i) => ({ ...b, y: i * ROW_HEIGHT + 4, width: x(b.value) - LABEL_WIDTH })),
    targetX: target === undefined ? undefined : x(target),
  };
};
