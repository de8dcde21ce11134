// The dashboard's filters live in the URL (?from=…&to=…&program=…&department=…&topic=…) so a view can be shared
// and the back button works; the defaults (the last 12 months up to today, everything) are left out of it.
export interface Filters {
  from: string;
  to: string;
  program: string | null;
  department: string | null;
  topic: string | null;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** <paramref name="months"/> months back from <paramref name="to"/>, plus one day: an inclusive span. */
export function monthsBefore(to: string, months: number): string {
  const date = new Date(`${to}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function readFilters(search = location.search): Filters {
  const params = new URLSearchParams(search);
  const to = valid(params.get("to")) ?? today();
  let from = valid(params.get("from")) ?? monthsBefore(to, 12);
  if (from > to) from = monthsBefore(to, 12);
  return { from, to, program: params.get("program") || null, department: params.get("department") || null, topic: params.get("topic") || null };
}

export function writeFilters(filters: Filters): void {
  const params = new URLSearchParams();
  params.set("from", filters.from);
  params.set("to", filters.to);
  if (filters.program) params.set("program", filters.program);
  if (filters.department) params.set("department", filters.department);
  if (filters.topic) params.set("topic", filters.topic);
  const url = `${location.pathname}?${params.toString()}`;
  if (url !== location.pathname + location.search) history.pushState(null, "", url);
}

/** Days in the inclusive span. */
export function spanDays(filters: Filters): number {
  return Math.round((Date.parse(filters.to) - Date.parse(filters.from)) / 86_400_000) + 1;
}

function valid(value: string | null): string | null {
  return value && isoDate.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}
