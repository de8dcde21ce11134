// ECharts, imported piece by piece (bar and line charts, grid, tooltip, legend, aria, canvas) so the bundle carries
// only what the dashboard draws. Each chart resizes with its container and is disposed when its figure redraws.
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { EChartsCoreOption } from "echarts/core";
import { h } from "./dom";

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, MarkLineComponent, CanvasRenderer]);

const live = new Map<HTMLElement, { chart: echarts.ECharts; observer: ResizeObserver }>();

/** A chart in a new element of <paramref name="height"/> pixels; call it after the element is in the page. */
export function chartElement(height: number, label: string): HTMLDivElement {
  return h("div", { class: "chart", style: `height:${height}px`, role: "img", "aria-label": label });
}

export function draw(element: HTMLElement, option: EChartsCoreOption): void {
  dispose(element);
  const chart = echarts.init(element, undefined, { renderer: "canvas" });
  chart.setOption({ aria: { enabled: false }, animationDuration: 300, textStyle: { fontFamily: "inherit" }, ...option });
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(element);
  live.set(element, { chart, observer });
}

/** Disposes every chart inside <paramref name="root"/> (before its figure redraws). */
export function disposeWithin(root: HTMLElement): void {
  for (const element of [...live.keys()]) {
    if (root.contains(element) || root === element) dispose(element);
  }
}

function dispose(element: HTMLElement): void {
  const entry = live.get(element);
  if (entry) {
    entry.observer.disconnect();
    entry.chart.dispose();
    live.delete(element);
  }
}
