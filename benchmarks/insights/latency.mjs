// Latency of each insight query through the API: one warm-up request, then N sequential requests per case, timed
// from the start of the request to the last byte of the response; p50, p95 and max in milliseconds. A case whose
// root field the served schema lacks is skipped with a message (engagement, participation and topicTrends come
// from another branch); a case that answers with errors (a TIMEOUT, say) is reported with its first error and the
// run goes on with the next case, so one slow query does not hide the others' figures.
//
//   node latency.mjs API_URL CASES_JSON REPETITIONS
//   CASES_JSON: [{"name": "...", "field": "knowledgeFlow", "token": "...", "query": "...", "variables": {...}}, ...]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [api, casesFile, repetitionsArg] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(casesFile, 'utf8'));
const repetitions = Number(repetitionsArg ?? 30);

async function post(token, query, variables) {
  const response = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), bytes: text.length };
}

const served = new Set(
  (await post(cases[0].token, '{ __type(name: "Query") { fields { name } } }', {})).body.data.__type.fields.map((f) => f.name));
const at = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

for (const c of cases) {
  if (!served.has(c.field)) {
    console.log(JSON.stringify({ case: c.name, skipped: `the served schema has no Query.${c.field}` }));
    continue;
  }

  const first = await post(c.token, c.query, c.variables);
  if (first.body.errors) {
    console.log(JSON.stringify({ case: c.name, failed: first.body.errors[0] }));
    continue;
  }

  const value = first.body.data[c.field];
  const rows = Array.isArray(value) ? value.length : (value?.edges?.length ?? 1);
  const times = [];
  let failed = null;
  for (let i = 0; i < repetitions && failed === null; i++) {
    const started = performance.now();
    const answer = await post(c.token, c.query, c.variables);
    times.push(performance.now() - started);
    if (answer.body.errors) {
      failed = answer.body.errors[0];
    }
  }

  if (failed !== null) {
    console.log(JSON.stringify({ case: c.name, failed, after: times.length }));
    continue;
  }

  times.sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 10) / 10;
  console.log(JSON.stringify({
    case: c.name, rows, bytes: first.bytes, n: times.length,
    p50: round(at(times, 0.5)), p95: round(at(times, 0.95)), max: round(times[times.length - 1]),
  }));
}
