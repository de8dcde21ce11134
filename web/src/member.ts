// A MEMBER's dashboard: their own pairings, sessions and lessons — what they may read anyway. It sends no insight
// query (those answer FORBIDDEN to a member), so nothing on the page fails.
import { graphql } from "./api";
import { h, formatDate } from "./dom";
import { ChartFigure, dataTable } from "./figure";
import { memberQuery } from "./queries";
import { lessonList } from "./panels";
import type { Direction } from "./colors";

interface Named { name: string }
interface MemberData {
  viewer: {
    person: {
      id: string;
      name: string;
      pairings: { nodes: { id: string; status: string; cadence: string; atRisk: boolean; lastSessionAt: string | null; program: Named; senior: Named & { id: string }; junior: Named & { id: string } }[] } | null;
      lessonsTaught: { nodes: { id: string; title: string; direction: Direction; createdAt: string; topic: { title: string } | null; learner: Named }[] } | null;
      lessonsLearned: { nodes: { id: string; title: string; direction: Direction; createdAt: string; topic: { title: string } | null; teacher: Named }[] } | null;
    } | null;
  };
  sessions: { nodes: { id: string; status: string; format: string; scheduledAt: string; durationMinutes: number; pairing: { senior: Named; junior: Named } }[] } | null;
}

export async function renderMemberView(main: HTMLElement, name: string | null): Promise<void> {
  main.appendChild(h("h1", { class: "page-title" }, name ? `${name}'s mentoring` : "My mentoring"));
  main.appendChild(h("p", { class: "lead" }, "Your own pairings, sessions and lessons. The organisation's insights are for executives, analysts and program managers."));
  const grid = h("div", { class: "grid" });
  main.appendChild(grid);
  const pairings = new ChartFigure("my-pairings", "My pairings", "Your pairings in every program, newest first.");
  const sessions = new ChartFigure("my-sessions", "My sessions", "Your latest and upcoming sessions.");
  const lessons = new ChartFigure("my-lessons", "My lessons", "What you taught and what you learned.", true);
  grid.append(pairings.element, sessions.element, lessons.element);

  let data: MemberData;
  try {
    data = await graphql<MemberData>(memberQuery);
  } catch (error) {
    for (const figure of [pairings, sessions, lessons]) figure.error((error as Error).message);
    return;
  }
  const person = data.viewer.person;
  if (!person) {
    for (const figure of [pairings, sessions, lessons]) figure.empty("Your sign-in names no person of the directory.");
    return;
  }

  const myPairings = person.pairings?.nodes ?? [];
  if (myPairings.length === 0) {
    pairings.empty("You have no pairings yet.");
  } else {
    const rows = myPairings.map((p) => {
      const other = p.senior.id === person.id ? p.junior.name : p.senior.name;
      return [other, p.program.name, p.status.toLowerCase(), p.cadence.toLowerCase().replace("_", " "), p.lastSessionAt ? formatDate(p.lastSessionAt) : "–", p.atRisk ? "at risk" : ""];
    });
    pairings.ready(
      `${myPairings.length} pairings, ${myPairings.filter((p) => p.status === "ACTIVE").length} active.`,
      dataTable("My pairings", ["With", "Program", "Status", "Cadence", "Last session", "Attention"], rows),
      h("ul", { class: "rows" }, rows.map((r) => h("li", {}, h("strong", {}, r[0]), ` · ${r[1]} · `, h("span", { class: `badge status-${r[2]}` }, r[2]), r[5] ? h("span", { class: "badge at-risk" }, "at risk") : null, h("span", { class: "muted" }, ` last session ${r[4]}`)))),
    );
  }

  const mySessions = data.sessions?.nodes ?? [];
  if (mySessions.length === 0) {
    sessions.empty("You have no sessions yet.");
  } else {
    const rows = mySessions.map((s) => [formatDate(s.scheduledAt), `${s.pairing.senior.name} & ${s.pairing.junior.name}`, s.status.toLowerCase(), s.format.toLowerCase().replace("_", " "), `${s.durationMinutes} min`]);
    sessions.ready(
      `${mySessions.length} sessions, ${mySessions.filter((s) => s.status === "SCHEDULED").length} scheduled.`,
      dataTable("My sessions", ["Date", "Pairing", "Status", "Format", "Length"], rows),
      h("ul", { class: "rows" }, rows.map((r) => h("li", {}, h("strong", {}, r[0]), ` · ${r[1]} · `, h("span", { class: `badge status-${r[2]}` }, r[2]), h("span", { class: "muted" }, ` ${r[3]}, ${r[4]}`)))),
    );
  }

  const taught = person.lessonsTaught?.nodes ?? [];
  const learned = person.lessonsLearned?.nodes ?? [];
  if (taught.length + learned.length === 0) {
    lessons.empty("No lessons recorded yet.");
  } else {
    lessons.ready(
      `You taught ${taught.length} and learned ${learned.length} of the lessons shown.`,
      undefined,
      h("div", { class: "two-columns" }, h("section", {}, h("h3", {}, "Taught"), taught.length ? lessonList(taught) : h("p", {}, "None yet.")), h("section", {}, h("h3", {}, "Learned"), learned.length ? lessonList(learned) : h("p", {}, "None yet."))),
    );
  }
}
