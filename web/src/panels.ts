// The organisation view's panels: each sends its own query, so one slow or failing insight (or one the server
// does not have yet) leaves the others working, and shows its own loading, empty, error or suppressed state.
import { graphql } from "./api";
import { h, numberFormat, decimalFormat, percentFormat, formatDate } from "./dom";
import { ChartFigure, dataTable } from "./figure";
import { chartElement, draw } from "./charts";
import { directionColor, directionShort, directions, suppressedColor, neutral, type Direction } from "./colors";
import { spanDays, type Filters } from "./filters";
import { knowledgeFlowQuery, trendingTopicsQuery, engagementQuery, participationQuery, teachersQuery, lessonFeedQuery, activeClassifierQuery } from "./queries";

type Period = { from: string; to: string };

interface FlowGroup {
  key: string;
  label: string;
  suppressed: boolean;
  upward: number | null;
  downward: number | null;
  mutual: number | null;
  total: number | null;
  reciprocityIndex: number | null;
}

const directionValue = (group: FlowGroup, direction: Direction) =>
  direction === "UPWARD" ? group.upward : direction === "DOWNWARD" ? group.downward : group.mutual;

let offered: Set<string> | null = null;

/** The root fields the server offers (null: unknown, try everything). */
export function setOffered(fields: Set<string> | null): void {
  offered = fields;
}

/** False (and the figure in its error state) when the server does not offer <paramref name="field"/>. */
function serverOffers(field: string, figure: ChartFigure): boolean {
  if (offered === null || offered.has(field)) return true;
  figure.error(`This server does not offer ${field} yet.`);
  return false;
}

function failed(figure: ChartFigure, error: unknown): void {
  figure.error((error as Error).message);
}

/** A figure's suppressed groups, listed so they read as "suppressed", never as zero. */
function suppressedNote(groups: FlowGroup[] | { label: string; suppressed: boolean }[]): HTMLElement | null {
  const hidden = groups.filter((g) => g.suppressed);
  if (hidden.length === 0) return null;
  return h(
    "p",
    { class: "suppressed-note", "data-suppressed-groups": String(hidden.length) },
    h("span", { class: "badge suppressed" }, "Suppressed"),
    ` ${hidden.map((g) => g.label).join(", ")} — too few people or notes to show without pointing at someone.`,
  );
}

function flowTable(caption: string, groups: FlowGroup[]): HTMLTableElement {
  return dataTable(
    caption,
    ["Group", "Upward", "Downward", "Mutual", "Total", "Reciprocity"],
    groups.map((g) =>
      g.suppressed
        ? [g.label, "suppressed", "suppressed", "suppressed", "suppressed", "suppressed"]
        : [g.label, g.upward ?? 0, g.downward ?? 0, g.mutual ?? 0, g.total ?? 0, g.reciprocityIndex === null ? "–" : decimalFormat.format(g.reciprocityIndex)],
    ),
  );
}

/** Stacked bars by direction; a suppressed group gets an empty bar labelled "suppressed". */
function flowBars(groups: FlowGroup[], horizontal: boolean, height: number, label: string): HTMLDivElement {
  const element = chartElement(height, label);
  const categories = groups.map((g) => g.label);
  const valueAxis = { type: "value", name: "notes", nameLocation: "end", minInterval: 1 };
  const categoryAxis = { type: "category", data: categories, axisLabel: horizontal ? { width: 120, overflow: "truncate" } : { hideOverlap: true } };
  requestAnimationFrame(() =>
    draw(element, {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0, type: "scroll", data: [...directions.map((d) => directionShort[d]), "Suppressed"] },
      grid: { left: horizontal ? 130 : 48, right: 40, top: 52, bottom: 32 },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
      series: [
        ...directions.map((direction) => ({
          name: directionShort[direction],
          type: "bar",
          barMaxWidth: 44,
          stack: "flow",
          itemStyle: { color: directionColor[direction] },
          data: groups.map((g) => (g.suppressed ? null : directionValue(g, direction))),
        })),
        {
          name: "Suppressed",
          type: "bar",
          barMaxWidth: 44,
          stack: "flow",
          itemStyle: { color: suppressedColor },
          label: { show: true, position: horizontal ? "insideLeft" : "insideBottom", formatter: "suppressed", color: "#374151", fontSize: 11 },
          data: groups.map((g) => (g.suppressed ? 0 : null)),
        },
      ],
    }),
  );
  return element;
}

function showFlow(figure: ChartFigure, groups: FlowGroup[], horizontal: boolean, what: string): void {
  if (groups.length === 0) {
    figure.empty(`No classified notes in this period for these filters.`);
    return;
  }
  const visible = groups.filter((g) => !g.suppressed);
  if (visible.length === 0) {
    figure.suppressed(`Every group is too small to show (fewer than the minimum number of people or notes).`);
    return;
  }
  const total = visible.reduce((sum, g) => sum + (g.total ?? 0), 0);
  const summary = `${what}: ${groups.length} groups, ${numberFormat.format(total)} notes in the groups shown; ${groups.length - visible.length} suppressed.`;
  const height = horizontal ? Math.max(220, 36 + groups.length * 26) : 300;
  figure.ready(summary, flowTable(what, groups), flowBars(groups, horizontal, height, summary), suppressedNote(groups) ?? h("span"));
}

export async function knowledgeFlow(
  period: Period,
  where: Record<string, string>,
  filters: Filters,
  figures: { flowOverTime: ChartFigure; byDepartment: ChartFigure; byBand: ChartFigure; reciprocity: ChartFigure },
  kpis: HTMLElement,
): Promise<void> {
  if (Object.values(figures).map((figure) => serverOffers("knowledgeFlow", figure)).includes(false)) return;
  const time = spanDays(filters) > 120 ? "MONTH" : "WEEK";
  type Result = { all: FlowGroup[]; overTime: FlowGroup[]; byDepartment: FlowGroup[]; byBandPair: FlowGroup[] };
  let data: Result;
  try {
    data = await graphql<Result>(knowledgeFlowQuery, { period, where: Object.keys(where).length ? where : null, time });
  } catch (error) {
    for (const figure of Object.values(figures)) failed(figure, error);
    return;
  }

  const all = data.all[0];
  if (all) {
    kpis.appendChild(kpi("kpi-notes", "Classified notes", all.suppressed ? null : numberFormat.format(all.total ?? 0)));
    kpis.appendChild(kpi("kpi-reciprocity", "Reciprocity index", all.suppressed || all.reciprocityIndex === null ? null : decimalFormat.format(all.reciprocityIndex)));
    kpis.appendChild(kpi("kpi-upward", "Taught upward", all.suppressed || !all.total ? null : percentFormat.format((all.upward ?? 0) / all.total), "UPWARD"));
  }

  showFlow(figures.flowOverTime, data.overTime, false, `Knowledge flow by ${time === "MONTH" ? "month" : "week"}`);
  showFlow(figures.byDepartment, data.byDepartment, true, "Knowledge flow by department");
  showFlow(figures.byBand, data.byBandPair, true, "Knowledge flow by band pair");

  const departments = data.byDepartment;
  const rated = departments.filter((g) => !g.suppressed && g.reciprocityIndex !== null);
  if (departments.length === 0) {
    figures.reciprocity.empty("No classified notes in this period for these filters.");
  } else if (rated.length === 0) {
    figures.reciprocity.suppressed("Every department is too small to show.");
  } else {
    const summary = `Reciprocity index by department; the organisation's is ${all && !all.suppressed && all.reciprocityIndex !== null ? decimalFormat.format(all.reciprocityIndex) : "suppressed"}.`;
    const element = chartElement(Math.max(220, 36 + departments.length * 26), summary);
    requestAnimationFrame(() =>
      draw(element, {
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: (v: unknown) => (typeof v === "number" ? decimalFormat.format(v) : "suppressed") },
        grid: { left: 130, right: 40, top: 16, bottom: 32 },
        xAxis: { type: "value", min: 0, max: 1, name: "index", nameLocation: "end" },
        yAxis: { type: "category", inverse: true, data: departments.map((g) => g.label), axisLabel: { width: 120, overflow: "truncate" } },
        series: [
          {
            name: "Reciprocity index",
            type: "bar",
          barMaxWidth: 44,
            itemStyle: { color: neutral },
            label: { show: true, position: "right", formatter: (p: { value: number | null }) => (p.value === null || p.value === undefined ? "suppressed" : decimalFormat.format(p.value)) },
            data: departments.map((g) => (g.suppressed ? null : g.reciprocityIndex)),
            markLine: all && !all.suppressed && all.reciprocityIndex !== null
              ? { symbol: "none", label: { formatter: "organisation" }, lineStyle: { color: "#111827", type: "dashed" }, data: [{ xAxis: all.reciprocityIndex }] }
              : undefined,
          },
        ],
      }),
    );
    figures.reciprocity.ready(summary, flowTable("Reciprocity index by department", departments), element, suppressedNote(departments) ?? h("span"));
  }
}

function kpi(id: string, label: string, value: string | null, direction?: Direction): HTMLElement {
  return h(
    "div",
    { class: "kpi", id, "data-suppressed": value === null ? "true" : "false" },
    h("span", { class: "kpi-label" }, direction ? h("span", { class: `swatch ${direction.toLowerCase()}`, "aria-hidden": "true" }) : null, label),
    value === null ? h("span", { class: "kpi-value suppressed" }, "suppressed") : h("span", { class: "kpi-value" }, value),
  );
}

interface TopicTrend {
  topic: { id: string; title: string };
  trending: boolean;
  falling: boolean;
  score: number | null;
  reason: string | null;
  upward: number | null;
  downward: number | null;
  mutual: number | null;
  series: { start: string; notes: number | null }[];
}

export async function trendingTopics(period: Period, figure: ChartFigure): Promise<void> {
  if (!serverOffers("trendingTopics", figure)) return;
  let topics: TopicTrend[];
  let byTopic: FlowGroup[];
  try {
    const data = await graphql<{ trendingTopics: TopicTrend[]; byTopic: FlowGroup[] }>(trendingTopicsQuery, { period });
    topics = data.trendingTopics;
    byTopic = data.byTopic;
  } catch (error) {
    failed(figure, error);
    return;
  }
  if (topics.length === 0 || topics.every((t) => t.series.every((p) => p.notes === 0))) {
    figure.empty("No classified notes in this period.");
    return;
  }
  // The trend's own split covers its judged weeks and is withheld when any of them was suppressed; the split over
  // the whole period (knowledgeFlow by topic, with its own suppression) is shown then.
  const periodSplit = (t: TopicTrend) => byTopic.find((g) => g.key === t.topic.id || g.label === t.topic.title);
  const splitOf = (t: TopicTrend): { upward: number | null; downward: number | null; mutual: number | null; over: string } =>
    t.upward !== null ? { ...t, over: "judged weeks" } : { ...(periodSplit(t) ?? { upward: null, downward: null, mutual: null }), over: "the period" };
  const rising = topics.filter((t) => t.trending);
  const falling = topics.filter((t) => t.falling);
  const summary = `${rising.length} topics rising (${rising.map((t) => t.topic.title).join(", ") || "none"}), ${falling.length} falling, of ${topics.length}.`;
  const list = h(
    "ol",
    { class: "trends" },
    topics.map((t) =>
      h(
        "li",
        { class: "trend", "data-topic": t.topic.id, "data-trend": t.trending ? "rising" : t.falling ? "falling" : "steady" },
        h(
          "div",
          { class: "trend-head" },
          h("span", { class: "trend-topic" }, t.topic.title),
          t.trending ? h("span", { class: "badge rising" }, "▲ Rising") : t.falling ? h("span", { class: "badge falling" }, "▼ Falling") : null,
          t.score !== null ? h("span", { class: "trend-score", title: "Last period against the average of the 8 before" }, `×${decimalFormat.format(t.score)}`) : null,
        ),
        sparkline(t.series),
        splitBar(splitOf(t)),
        t.reason ? h("p", { class: "trend-reason" }, t.reason) : null,
      ),
    ),
  );
  const table = dataTable(
    "Trending topics",
    ["Topic", "Trend", "Score", "Upward", "Downward", "Mutual", "Split over", "Reason"],
    topics.map((t) => {
      const split = splitOf(t);
      return [
        t.topic.title,
        t.trending ? "rising" : t.falling ? "falling" : "steady",
        t.score === null ? "–" : decimalFormat.format(t.score),
        split.upward ?? "suppressed",
        split.downward ?? "suppressed",
        split.mutual ?? "suppressed",
        split.over,
        t.reason ?? "",
      ];
    }),
  );
  figure.ready(summary, table, legend(), list);
}

function legend(): HTMLElement {
  return h(
    "p",
    { class: "legend" },
    directions.map((d) => h("span", { class: "legend-item" }, h("span", { class: `swatch ${d.toLowerCase()}`, "aria-hidden": "true" }), directionShort[d])),
    h("span", { class: "legend-item" }, h("span", { class: "swatch suppressed", "aria-hidden": "true" }), "Suppressed week"),
  );
}

/** The direction split as one bar of three colours, each part named in its title and the text alternative. */
function splitBar(t: { upward: number | null; downward: number | null; mutual: number | null; over: string }): HTMLElement {
  if (t.upward === null || t.downward === null || t.mutual === null) {
    return h("div", { class: "split split-suppressed" }, h("span", { class: "badge suppressed" }, "Suppressed"), " direction split");
  }
  const total = t.upward + t.downward + t.mutual;
  if (total === 0) return h("div", { class: "split" }, "No notes");
  const parts: [Direction, number][] = [["UPWARD", t.upward], ["DOWNWARD", t.downward], ["MUTUAL", t.mutual]];
  const text = `Over ${t.over}: ` + parts.map(([d, n]) => `${directionShort[d]} ${percentFormat.format(n / total)}`).join(", ");
  return h(
    "div",
    { class: "split", role: "img", "aria-label": text, title: text },
    parts.map(([d, n]) => h("span", { class: `split-part ${d.toLowerCase()}`, style: `flex-grow:${n}` })),
  );
}

/** Notes per week as small bars (SVG); a suppressed week is a pale full-height bar: unknown, not zero. */
function sparkline(series: { start: string; notes: number | null }[]): SVGSVGElement {
  const width = 160;
  const height = 32;
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("class", "sparkline");
  svg.setAttribute("role", "img");
  const values = series.map((p) => p.notes);
  const max = Math.max(1, ...values.map((v) => v ?? 0));
  svg.setAttribute("aria-label", `Notes per week from ${series[0]?.start ?? "–"}: ${values.map((v) => (v === null ? "suppressed" : v)).join(", ")}`);
  const step = width / Math.max(1, series.length);
  values.forEach((v, i) => {
    const bar = document.createElementNS(ns, "rect");
    const barHeight = v === null ? height : Math.max(1, (v / max) * (height - 1));
    bar.setAttribute("x", (i * step + step * 0.1).toFixed(2));
    bar.setAttribute("width", (step * 0.8).toFixed(2));
    bar.setAttribute("y", (height - barHeight).toFixed(2));
    bar.setAttribute("height", barHeight.toFixed(2));
    bar.setAttribute("fill", v === null ? "#e5e7eb" : "#374151");
    svg.appendChild(bar);
  });
  return svg;
}

interface Engagement {
  suppressed: boolean;
  activePairings: number | null;
  pausedPairings: number | null;
  sessionsHeld: number | null;
  sessionsExpected: number | null;
  cadenceAdherence: number | null;
  atRiskPairings: number | null;
  proposalsWaiting: number | null;
  averageProposalAgeDays: number | null;
  oldestProposalAgeDays: number | null;
  feedbackCount: number | null;
  averageFeedbackRating: number | null;
  lessonsPerPairing: number | null;
}

export async function engagement(period: Period, where: Record<string, string>, figure: ChartFigure, kpis: HTMLElement): Promise<void> {
  if (!serverOffers("engagement", figure)) return;
  let data: Engagement;
  try {
    data = (await graphql<{ engagement: Engagement }>(engagementQuery, { period, where: Object.keys(where).length ? where : null })).engagement;
  } catch (error) {
    failed(figure, error);
    return;
  }
  kpis.appendChild(kpi("kpi-at-risk", "At-risk pairings", data.suppressed || data.atRiskPairings === null ? null : numberFormat.format(data.atRiskPairings)));
  if (data.suppressed) {
    figure.suppressed("Too few people behind these figures to show them.");
    return;
  }
  const n = (v: number | null) => (v === null ? "–" : numberFormat.format(v));
  const rows: [string, string][] = [
    ["Active pairings", n(data.activePairings)],
    ["Paused pairings", n(data.pausedPairings)],
    ["At-risk pairings", n(data.atRiskPairings)],
    ["Sessions held", n(data.sessionsHeld)],
    ["Sessions expected by cadence", n(data.sessionsExpected)],
    ["Cadence adherence", data.cadenceAdherence === null ? "–" : percentFormat.format(data.cadenceAdherence)],
    ["Proposals waiting", n(data.proposalsWaiting)],
    ["Average proposal age (days)", data.averageProposalAgeDays === null ? "–" : decimalFormat.format(data.averageProposalAgeDays)],
    ["Oldest proposal (days)", n(data.oldestProposalAgeDays)],
    ["Feedback given", n(data.feedbackCount)],
    ["Average feedback rating", data.averageFeedbackRating === null ? "–" : decimalFormat.format(data.averageFeedbackRating)],
    ["Lessons per pairing", data.lessonsPerPairing === null ? "–" : decimalFormat.format(data.lessonsPerPairing)],
  ];
  const adherence = data.cadenceAdherence ?? 0;
  const summary = `${n(data.activePairings)} active pairings, ${n(data.atRiskPairings)} at risk; ${n(data.sessionsHeld)} of ${n(data.sessionsExpected)} expected sessions held.`;
  figure.ready(
    summary,
    dataTable("Engagement", ["Measure", "Value"], rows),
    h(
      "div",
      { class: "adherence" },
      h("span", { class: "adherence-label" }, "Sessions held against agreed cadence"),
      h("div", { class: "meter", role: "meter", "aria-valuemin": "0", "aria-valuemax": "1", "aria-valuenow": String(adherence), "aria-label": "Cadence adherence" }, h("span", { style: `width:${Math.min(100, adherence * 100)}%` })),
      h("span", { class: "adherence-value" }, percentFormat.format(adherence)),
    ),
    h("dl", { class: "stats" }, rows.filter((_, i) => i !== 5).map(([label, value]) => h("div", { class: label.startsWith("At-risk") ? "stat at-risk" : "stat" }, h("dt", {}, label), h("dd", {}, value)))),
  );
}

interface ParticipationGroup {
  key: string;
  label: string;
  suppressed: boolean;
  juniors: number | null;
  seniors: number | null;
  repeatParticipants: number | null;
  pairingsStarted: number | null;
  pairingsCompleted: number | null;
  completionRate: number | null;
}

export async function participation(period: Period, figure: ChartFigure): Promise<void> {
  if (!serverOffers("participation", figure)) return;
  let groups: ParticipationGroup[];
  try {
    groups = (await graphql<{ participation: ParticipationGroup[] }>(participationQuery, { period })).participation;
  } catch (error) {
    failed(figure, error);
    return;
  }
  if (groups.length === 0) {
    figure.empty("Nobody took part in this period.");
    return;
  }
  if (groups.every((g) => g.suppressed)) {
    figure.suppressed("Every department is too small to show.");
    return;
  }
  const summary = `Participation in ${groups.length} departments; ${groups.filter((g) => g.suppressed).length} suppressed.`;
  const element = chartElement(Math.max(240, 40 + groups.length * 28), summary);
  requestAnimationFrame(() =>
    draw(element, {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0, type: "scroll" },
      grid: { left: 130, right: 40, top: 52, bottom: 32 },
      xAxis: { type: "value", name: "people", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: groups.map((g) => g.label), axisLabel: { width: 120, overflow: "truncate" } },
      series: [
        { name: "Juniors", type: "bar",
          barMaxWidth: 44, itemStyle: { color: "#0f766e" }, data: groups.map((g) => (g.suppressed ? null : g.juniors)) },
        { name: "Seniors", type: "bar",
          barMaxWidth: 44, itemStyle: { color: "#475569" }, data: groups.map((g) => (g.suppressed ? null : g.seniors)) },
        {
          name: "Suppressed",
          type: "bar",
          barMaxWidth: 44,
          itemStyle: { color: suppressedColor },
          label: { show: true, position: "insideLeft", formatter: "suppressed", color: "#374151", fontSize: 11 },
          data: groups.map((g) => (g.suppressed ? 0 : null)),
        },
      ],
    }),
  );
  const table = dataTable(
    "Participation by department",
    ["Department", "Juniors", "Seniors", "Repeat participants", "Pairings started", "Pairings completed", "Completion rate"],
    groups.map((g) =>
      g.suppressed
        ? [g.label, "suppressed", "suppressed", "suppressed", "suppressed", "suppressed", "suppressed"]
        : [g.label, g.juniors ?? "–", g.seniors ?? "–", g.repeatParticipants ?? "–", g.pairingsStarted ?? "–", g.pairingsCompleted ?? "–", g.completionRate === null ? "–" : percentFormat.format(g.completionRate)],
    ),
  );
  figure.ready(summary, table, element, suppressedNote(groups) ?? h("span"));
}

interface TeacherRanking {
  person: { id: string; name: string; title: string | null; department: { name: string } | null };
  lessonsTaught: number;
  upward: number;
  downward: number;
  mutual: number;
}

export async function teachers(filters: Filters, topics: { id: string; title: string }[], figure: ChartFigure, choose: (topic: string) => void): Promise<void> {
  const topic = filters.topic && topics.some((t) => t.id === filters.topic) ? filters.topic : topics[0]?.id ?? "EMERGING_TECH";
  const select = h(
    "select",
    { id: "teachers-topic", "aria-label": "Topic" },
    topics.map((t) => h("option", { value: t.id, selected: t.id === topic }, t.title)),
  );
  select.addEventListener("change", () => {
    figure.loading();
    choose(select.value);
  });
  figure.setControls(h("label", { for: "teachers-topic", class: "inline-label" }, "Topic "), select);
  if (!serverOffers("teachersFor", figure)) return;
  let ranking: TeacherRanking[];
  try {
    ranking = (await graphql<{ teachersFor: TeacherRanking[] }>(teachersQuery, { topic })).teachersFor;
  } catch (error) {
    failed(figure, error);
    return;
  }
  const title = topics.find((t) => t.id === topic)?.title ?? topic;
  if (ranking.length === 0) {
    figure.empty(`Nobody has taught enough lessons on ${title} yet.`);
    return;
  }
  const summary = `${ranking.length} people taught lessons on ${title}; most: ${ranking[0].person.name} (${ranking[0].lessonsTaught}).`;
  const element = chartElement(Math.max(200, 40 + ranking.length * 28), summary);
  requestAnimationFrame(() =>
    draw(element, {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0, type: "scroll" },
      grid: { left: 140, right: 30, top: 52, bottom: 32 },
      xAxis: { type: "value", name: "lessons", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: ranking.map((r) => r.person.name), axisLabel: { width: 130, overflow: "truncate" } },
      series: directions.map((d) => ({
        name: directionShort[d],
        type: "bar",
          barMaxWidth: 44,
        stack: "lessons",
        itemStyle: { color: directionColor[d] },
        data: ranking.map((r) => (d === "UPWARD" ? r.upward : d === "DOWNWARD" ? r.downward : r.mutual)),
      })),
    }),
  );
  const table = dataTable(
    `Teachers for ${title}`,
    ["Person", "Department", "Lessons taught", "Upward", "Downward", "Mutual"],
    ranking.map((r) => [r.person.name, r.person.department?.name ?? "–", r.lessonsTaught, r.upward, r.downward, r.mutual]),
  );
  figure.ready(summary, table, element);
}

interface FeedLesson {
  id: string;
  title: string;
  direction: Direction;
  createdAt: string;
  topic: { title: string } | null;
  teacher: { name: string };
  learner: { name: string };
}

export async function lessonFeed(figure: ChartFigure): Promise<void> {
  if (!serverOffers("lessonFeed", figure)) return;
  let lessons: FeedLesson[];
  try {
    lessons = (await graphql<{ lessonFeed: { nodes: FeedLesson[] } | null }>(lessonFeedQuery)).lessonFeed?.nodes ?? [];
  } catch (error) {
    failed(figure, error);
    return;
  }
  if (lessons.length === 0) {
    figure.empty("No lesson has been shared with the company yet.");
    return;
  }
  figure.ready(`The ${lessons.length} newest lessons shared with the company.`, undefined, lessonList(lessons));
}

export function lessonList(lessons: { id: string; title: string; direction: Direction; createdAt: string; topic: { title: string } | null; teacher?: { name: string }; learner?: { name: string } }[]): HTMLElement {
  return h(
    "ul",
    { class: "lessons" },
    lessons.map((l) =>
      h(
        "li",
        { class: "lesson" },
        h("span", { class: `badge direction ${l.direction.toLowerCase()}` }, directionShort[l.direction]),
        h("div", {}, h("p", { class: "lesson-title" }, l.title), h("p", { class: "lesson-meta" }, [l.teacher ? `${l.teacher.name} → ${l.learner?.name ?? "you"}` : l.learner ? `you → ${l.learner.name}` : "", l.topic?.title, formatDate(l.createdAt)].filter(Boolean).join(" · "))),
      ),
    ),
  );
}

interface ActiveClassifier {
  version: string;
  status: string;
  activatedAt: string | null;
  trainingNotes: number;
  personLabels: number;
  developmentScores: { topicMacroF1: number; directionAccuracy: number; notes: number } | null;
  heldOutScores: { topicMacroF1: number; directionAccuracy: number; notes: number } | null;
}

export async function classifier(figure: ChartFigure): Promise<void> {
  if (!serverOffers("activeClassifier", figure)) return;
  let model: ActiveClassifier | null;
  try {
    model = (await graphql<{ activeClassifier: ActiveClassifier | null }>(activeClassifierQuery)).activeClassifier;
  } catch (error) {
    failed(figure, error);
    return;
  }
  if (!model) {
    figure.empty("No classifier version is active yet.");
    return;
  }
  const scores = model.heldOutScores ?? model.developmentScores;
  const on = model.heldOutScores ? "held-out person labels" : "the development set";
  const summary = scores
    ? `Model ${model.version}: topic macro-F1 ${decimalFormat.format(scores.topicMacroF1)}, direction accuracy ${percentFormat.format(scores.directionAccuracy)} on ${numberFormat.format(scores.notes)} notes of ${on}.`
    : `Model ${model.version} has not been scored yet (the built-in model).`;
  const meter = (label: string, value: number) =>
    h("div", { class: "score" }, h("span", { class: "score-label" }, label), h("div", { class: "meter", role: "meter", "aria-valuemin": "0", "aria-valuemax": "1", "aria-valuenow": String(value), "aria-label": label }, h("span", { style: `width:${value * 100}%` })), h("span", { class: "score-value" }, decimalFormat.format(value)));
  figure.ready(
    summary,
    dataTable("Classifier quality", ["Measure", "Value"], [
      ["Version", model.version],
      ["Status", model.status],
      ["Training notes", model.trainingNotes],
      ["Person labels", model.personLabels],
      ...(scores ? ([["Topic macro-F1", decimalFormat.format(scores.topicMacroF1)], ["Direction accuracy", decimalFormat.format(scores.directionAccuracy)], ["Scored on notes", scores.notes]] as (string | number)[][]) : []),
    ]),
    h("p", { class: "model" }, h("strong", {}, model.version), ` · ${model.status.toLowerCase()}${model.activatedAt ? ` since ${formatDate(model.activatedAt)}` : ""} · ${numberFormat.format(model.trainingNotes)} training notes, ${numberFormat.format(model.personLabels)} person labels`),
    scores ? h("div", { class: "scores" }, meter("Topic macro-F1", scores.topicMacroF1), meter("Direction accuracy", scores.directionAccuracy), h("p", { class: "caption" }, `On ${numberFormat.format(scores.notes)} notes of ${on}.`)) : h("p", {}, "Not scored yet."),
  );
}
