import { barLayout, CHART_WIDTH, LABEL_WIDTH } from "@/components/charts/bar-scale";

describe("barLayout", () => {
  it("scales bars to the largest value and puts the target line proportionally", () => {
    const l = barLayout([{ label: "A", value: 0.8 }, { label: "B", value: 0.2 }], 0.4);
    const plot = CHART_WIDTH - LABEL_WIDTH - 8;
    expect(l.rows[0]?.width).toBeCloseTo(plot);
    expect(l.rows[1]?.width).toBeCloseTo(plot / 4);
    expect(l.targetX).toBeCloseTo(LABEL_WIDTH + plot / 2);
  });
  it("keeps the target on the scale when every bar is below it, and tolerates zeros", () => {
    const l = barLayout([{ label: "A", value: 0 }], 0.4);
    expect(l.rows[0]?.width).toBe(0);
    expect(l.targetX).toBeCloseTo(CHART_WIDTH - 8);
  });
});
