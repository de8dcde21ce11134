// Every chart is a <figure data-chart="NAME" data-state="loading|ready|empty|error|suppressed"> with a title, a
// caption saying what is counted, and a text alternative (a sentence on the chart, a data table under "Show data"),
// so tests, screen readers and keyboard users know what it shows and in which state it is.
import { h, clear, append } from "./dom";

export type FigureState = "loading" | "ready" | "empty" | "error" | "suppressed";

export class ChartFigure {
  readonly element: HTMLElement;
  readonly body: HTMLElement;
  private readonly alternative: HTMLElement;
  private readonly controls: HTMLElement;

  constructor(readonly name: string, title: string, caption: string, wide = false) {
    const headingId = `figure-${name}-title`;
    this.body = h("div", { class: "figure-body" });
    this.alternative = h("div", { class: "figure-alternative" });
    this.controls = h("div", { class: "figure-controls" });
    this.element = h(
      "figure",
      { class: wide ? "card wide" : "card", "data-chart": name, "data-state": "loading", "aria-labelledby": headingId, "aria-busy": "true" },
      h("figcaption", {}, h("h2", { id: headingId }, title), h("p", { class: "caption" }, caption)),
      this.controls,
      this.body,
      this.alternative,
    );
    this.loading();
  }

  /** Controls shown above the chart (e.g. the topic of "Teachers for a topic"). */
  setControls(...nodes: Node[]): void {
    clear(this.controls);
    append(this.controls, nodes);
  }

  loading(): void {
    this.set("loading");
    clear(this.body);
    this.body.appendChild(h("div", { class: "state state-loading", role: "status" }, h("span", { class: "spinner", "aria-hidden": "true" }), "Loading…"));
  }

  empty(message: string): void {
    this.set("empty");
    clear(this.body);
    this.body.appendChild(h("p", { class: "state state-empty" }, message));
  }

  error(message: string): void {
    this.set("error");
    clear(this.body);
    this.body.appendChild(h("p", { class: "state state-error", role: "alert" }, h("strong", {}, "Could not load this chart. "), message));
  }

  suppressed(message: string): void {
    this.set("suppressed");
    clear(this.body);
    this.body.appendChild(h("p", { class: "state state-suppressed" }, h("span", { class: "badge suppressed" }, "Suppressed"), " ", message));
  }

  /** Shows content; <paramref name="summary"/> is the chart's one-sentence text alternative. */
  ready(summary: string, table?: HTMLTableElement, ...content: Node[]): void {
    this.set("ready");
    clear(this.body);
    append(this.body, content);
    this.body.setAttribute("aria-description", summary);
    this.alternative.appendChild(h("p", { class: "visually-hidden" }, summary));
    if (table) {
      this.alternative.appendChild(h("details", {}, h("summary", {}, "Show data"), h("div", { class: "table-scroll" }, table)));
    }
  }

  private set(state: FigureState): void {
    this.element.dataset.state = state;
    this.element.setAttribute("aria-busy", state === "loading" ? "true" : "false");
    clear(this.alternative);
    this.body.removeAttribute("aria-description");
  }
}

/** A data table for a figure's text alternative: one header row, then rows of cells. */
export function dataTable(caption: string, headers: string[], rows: (string | number)[][]): HTMLTableElement {
  return h(
    "table",
    {},
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, headers.map((text) => h("th", { scope: "col" }, text)))),
    h("tbody", {}, rows.map((row) => h("tr", {}, row.map((cell, i) => (i === 0 ? h("th", { scope: "row" }, String(cell)) : h("td", {}, String(cell))))))),
  );
}
