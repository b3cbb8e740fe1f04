/** Pure geometry for a vertical column chart (one column per month): kept apart from the SVG so it is unit-tested. */
export type Column = { label: string; value: number; isEmpty?: boolean };

export const COLUMN_CHART_WIDTH = 320; // fits a 360 px screen with page padding, like the bar chart
export const COLUMN_CHART_HEIGHT = 180;
export const AXIS_LEFT = 34; // room for the 0 / max labels
export const AXIS_BOTTOM = 22; // room for the month labels
const TOP = 8;

/**
 * Column rectangles on a 0..max scale (max at least the target and never 0), the target's y, and the ticks for 0 and
 * max. A column's width leaves a gap of a quarter of its slot so twelve months stay apart at 320 units.
 */
export const columnLayout = (columns: readonly Column[], target?: number) => {
  const max = Math.max(target ?? 0, ...columns.map((c) => c.value), Number.EPSILON);
  const plotHeight = COLUMN_CHART_HEIGHT - AXIS_BOTTOM - TOP;
  const slot = (COLUMN_CHART_WIDTH - AXIS_LEFT - 4) / Math.max(1, columns.length);
  const y = (v: number) => TOP + plotHeight - (Math.max(0, v) / max) * plotHeight;
  return {
    max,
    baselineY: TOP + plotHeight,
    columns: columns.map((c, i) => ({
      ...c,
      x: AXIS_LEFT + i * slot + slot / 8,
      width: (slot * 3) / 4,
      y: y(c.value),
      height: TOP + plotHeight - y(c.value),
      labelX: AXIS_LEFT + i * slot + slot / 2,
    })),
    targetY: target === undefined ? undefined : y(target),
  };
};
