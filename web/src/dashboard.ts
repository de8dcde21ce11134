// `/dashboard`: the organisation's view for EXECUTIVE, ANALYST and ADMIN (works with viewer.person null), or a
// MEMBER's own pairings, sessions and lessons (member.ts) — a member's page sends no insight query at all.
import { graphql, ApiError } from "./api";
import { h, clear } from "./dom";
import { readFilters, writeFilters, monthsBefore, today, type Filters } from "./filters";
import { storeToken, storedToken } from "./token";
import { viewerQuery, filterOptionsQuery, capabilitiesQuery } from "./queries";
import { renderMemberView } from "./member";
import { ChartFigure } from "./figure";
import { disposeWithin } from "./charts";
import * as panels from "./panels";

interface Viewer {
  roles: string[];
  person: { id: string; name: string; title: string | null; department: { name: string } | null } | null;
}

interface FilterOptions {
  programs: { nodes: { id: string; name: string }[] } | null;
  departments: { id: string; name: string }[];
  topics: { id: string; title: string }[];
}

const insightRoles = ["EXECUTIVE", "ANALYST", "ADMIN"];

/** Called after a filter change has been drawn and pushed to the history, so going back knows what is shown. */
let filtersApplied: () => void = () => {};

export async function renderDashboard(app: HTMLElement): Promise<void> {
  disposeWithin(app);
  clear(app);
  document.title = "Dashboard · MentorGraph";
  if (!storedToken()) {
    app.appendChild(signedOut("Sign in to see the dashboard."));
    return;
  }

  let viewer: Viewer;
  try {
    viewer = (await graphql<{ viewer: Viewer }>(viewerQuery)).viewer;
  } catch (error) {
    const code = error instanceof ApiError ? error.code : undefined;
    if (code === "UNAUTHENTICATED") storeToken(null);
    app.appendChild(signedOut(code === "UNAUTHENTICATED" ? "Your sign-in has expired or is not valid: sign in again." : `The dashboard could not start: ${(error as Error).message}`));
    return;
  }

  const isInsightViewer = viewer.roles.some((role) => insightRoles.includes(role));
  const main = h("main", { id: "main", class: "dashboard", tabindex: "-1" });
  app.appendChild(topBar(viewer, isInsightViewer));
  app.appendChild(main);
  if (!isInsightViewer) {
    await renderMemberView(main, viewer.person?.name ?? null);
    return;
  }

  let options: FilterOptions = { programs: { nodes: [] }, departments: [], topics: [] };
  let offered: Set<string> | null = null;
  try {
    const [found, capabilities] = await Promise.all([
      graphql<FilterOptions>(filterOptionsQuery),
      graphql<{ __schema: { queryType: { fields: { name: string }[] } } }>(capabilitiesQuery),
    ]);
    options = found;
    offered = new Set(capabilities.__schema.queryType.fields.map((f) => f.name));
  } catch {
    // The filters then offer "All" only; the charts say what failed.
  }
  // A server older than this page may lack an insight: its panel says so rather than sending a query that fails.
  panels.setOffered(offered);

  // Back and forward through filter changes redraw the view; a change of the fragment alone does not.
  let rendered = location.search;
  const render = () => {
    rendered = location.search;
    renderOrganisation(main, readFilters(), options);
  };
  window.onpopstate = () => {
    if (location.pathname.replace(/\/+$/, "") === "/dashboard" && location.search !== rendered) render();
  };
  filtersApplied = () => (rendered = location.search);
  render();
}

function topBar(viewer: Viewer, organisation: boolean): HTMLElement {
  const who = viewer.person ? `${viewer.person.name}${viewer.person.title ? `, ${viewer.person.title}` : ""}` : "Organisation view (no person in the directory)";
  return h(
    "header",
    { class: "topbar" },
    h("a", { class: "brand", href: "/" }, "MentorGraph"),
    h("span", { class: "topbar-title" }, organisation ? "Insights" : "My mentoring"),
    h(
      "nav",
      { class: "topbar-nav", "aria-label": "Account" },
      h("span", { class: "who", "data-viewer": viewer.person ? "person" : "none" }, who, " · ", viewer.roles.join(", ")),
      h("a", { href: "/graphql" }, "GraphiQL"),
      h("button", { type: "button", class: "link", onclick: () => { storeToken(null); location.assign("/"); } }, "Sign out"),
    ),
  );
}

function signedOut(message: string): HTMLElement {
  return h("main", { id: "main", class: "landing" }, h("section", { class: "card" }, h("h1", {}, "MentorGraph dashboard"), h("p", {}, message), h("a", { class: "button primary", href: "/" }, "Sign in")));
}

function renderOrganisation(main: HTMLElement, filters: Filters, options: FilterOptions): void {
  disposeWithin(main);
  clear(main);
  main.appendChild(filterBar(filters, options, (next) => {
    // Keyboard users keep their place: the control they changed has focus again after the redraw.
    const focused = document.activeElement?.id;
    writeFilters(next);
    filtersApplied();
    renderOrganisation(main, next, options);
    if (focused) document.getElementById(focused)?.focus();
  }));

  const period = { from: filters.from, to: filters.to };
  const where: Record<string, string> = {};
  if (filters.program) where.programId = filters.program;
  if (filters.department) where.departmentId = filters.department;

  const summary = h("section", { class: "kpis", "aria-label": "Key figures" });
  main.appendChild(summary);
  const grid = h("div", { class: "grid" });
  main.appendChild(grid);

  const add = (figure: ChartFigure) => {
    grid.appendChild(figure.element);
    return figure;
  };
  const flowOverTime = add(new ChartFigure("flow-over-time", "Knowledge flow over time", "Classified session notes by direction of learning: upward = a junior taught a senior, downward = a senior taught a junior.", true));
  const byDepartment = add(new ChartFigure("flow-by-department", "Flow by department", "Notes by the author's department, by direction."));
  const byBand = add(new ChartFigure("flow-by-band-pair", "Flow by seniority band pair", "Notes by the pair's bands (senior's band > junior's band)."));
  const reciprocity = add(new ChartFigure("reciprocity", "Reciprocity index", "1 = as much taught upward as downward, 0 = all one way; by department."));
  const engagement = add(new ChartFigure("engagement", "Engagement", "Pairings, sessions against agreed cadence, proposals and feedback."));
  const trending = add(new ChartFigure("trending-topics", "Trending topics", "The last complete week against the 8 before it, notes per week (whole organisation).", true));
  const participation = add(new ChartFigure("participation", "Participation by department", "Juniors and seniors taking part, and pairings completed (whole organisation)."));
  const teachers = add(new ChartFigure("teachers", "Teachers for a topic", "People ranked by lessons taught on the topic (directory information only)."));
  const feed = add(new ChartFigure("lesson-feed", "Lesson feed", "The newest lessons shared with the whole company."));
  const classifier = add(new ChartFigure("classifier", "Classifier quality", "The active note classifier and how well it scored."));

  void panels.knowledgeFlow(period, where, filters, { flowOverTime, byDepartment, byBand, reciprocity }, summary);
  void panels.trendingTopics(period, trending);
  void panels.engagement(period, where, engagement, summary);
  void panels.participation(period, participation);
  let current = filters;
  const chooseTopic = (topic: string) => {
    current = { ...current, topic };
    writeFilters(current);
    filtersApplied();
    void panels.teachers(current, options.topics, teachers, chooseTopic);
  };
  void panels.teachers(filters, options.topics, teachers, chooseTopic);
  void panels.lessonFeed(feed);
  void panels.classifier(classifier);
}

function filterBar(filters: Filters, options: FilterOptions, apply: (next: Filters) => void): HTMLElement {
  const presets: [string, number][] = [["Last 3 months", 3], ["Last 6 months", 6], ["Last 12 months", 12]];
  const select = (id: string, label: string, value: string | null, items: { id: string; name: string }[], all: string) =>
    h(
      "div",
      { class: "field" },
      h("label", { for: id }, label),
      h("select", { id, name: id }, h("option", { value: "" }, all), items.map((item) => h("option", { value: item.id, selected: item.id === value }, item.name))),
    );
  const form = h(
    "form",
    { class: "filters", "aria-label": "Filters", onsubmit: (event: Event) => event.preventDefault() },
    h(
      "div",
      { class: "field" },
      h("label", { for: "filter-preset" }, "Period"),
      h(
        "select",
        { id: "filter-preset", name: "preset" },
        h("option", { value: "" }, "Custom"),
        presets.map(([label, months]) => h("option", { value: String(months), selected: filters.from === monthsBefore(filters.to, months) && filters.to === today() }, label)),
      ),
    ),
    h("div", { class: "field" }, h("label", { for: "filter-from" }, "From"), h("input", { id: "filter-from", name: "from", type: "date", value: filters.from, max: filters.to })),
    h("div", { class: "field" }, h("label", { for: "filter-to" }, "To"), h("input", { id: "filter-to", name: "to", type: "date", value: filters.to, min: filters.from })),
    select("filter-program", "Program", filters.program, options.programs?.nodes ?? [], "All programs"),
    select("filter-department", "Department", filters.department, options.departments, "All departments"),
  );
  form.addEventListener("change", (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    const next: Filters = { ...filters, from: value("from") || filters.from, to: value("to") || filters.to, program: value("filter-program") || null, department: value("filter-department") || null };
    if (target.name === "preset" && target.value) {
      next.to = today();
      next.from = monthsBefore(next.to, Number(target.value));
    }
    if (next.from > next.to) return;
    apply(next);
  });
  return form;
}
