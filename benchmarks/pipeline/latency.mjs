// Write → classification readable, per note, through the API: N clients, each writes (rewrites) its note on its
// session once a second and polls the note until its classification is back; the time is from the start of the
// write request to the first read that returns the classification.
//
//   node latency.mjs API_URL CLIENTS_JSON SECONDS [POLL_MS]
//   CLIENTS_JSON: [{"token": "...", "sessionId": "U2Vzc2lvbjo0Mg=="}, ...]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [api, clientsFile, secondsArg, pollArg] = process.argv.slice(2);
const clients = JSON.parse(readFileSync(clientsFile, 'utf8'));
const seconds = Number(secondsArg ?? 120);
const pollMs = Number(pollArg ?? 25);
const phrases = [
  'I showed {s} how Instagram reels and TikTok followers work for our brand.',
  '{s} walked me through the budget, the P&L and how we set prices.',
  'We looked at generative AI chat assistants together; I showed {s} how I use them every day.',
  '{s} explained how to lead the team through change and when to delegate.',
  'I helped {s} read the dashboards and KPIs our analytics team publishes.',
];

async function gql(token, query, variables) {
  const response = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const write = `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { note { id } errors { __typename } } }`;
const read = `query($id: ID!) { node(id: $id) { ... on SessionNote { classification { modelVersion } } } }`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function client(index, { token, sessionId }) {
  const latencies = [];
  const end = performance.now() + seconds * 1000;
  let n = 0;
  while (performance.now() < end) {
    const tick = performance.now();
    const text = phrases[(index + n) % phrases.length].replace('{s}', 'Tom') + ` (client ${index}, note ${n++}, ${Date.now()})`;
    const started = performance.now();
    const written = await gql(token, write, { input: { sessionId, text, visibility: 'PAIR' } });
    const id = written.writeSessionNote.note.id;
    for (;;) {
      const data = await gql(token, read, { id });
      if (data.node?.classification) break;
      if (performance.now() - started > 30000) throw new Error(`note ${id} not classified within 30 s`);
      await sleep(pollMs);
    }
    latencies.push(performance.now() - started);
    await sleep(Math.max(0, 1000 - (performance.now() - tick)));
  }
  return latencies;
}

const all = (await Promise.all(clients.map((c, i) => client(i, c)))).flat().sort((a, b) => a - b);
const at = (q) => all[Math.min(all.length - 1, Math.ceil(q * all.length) - 1)];
console.log(JSON.stringify({
  notes: all.length, clients: clients.length, seconds, pollMs,
  p50: Math.round(at(0.5)), p95: Math.round(at(0.95)), p99: Math.round(at(0.99)), max: Math.round(all[all.length - 1]),
  over1s: all.filter((ms) => ms > 1000).length,
}));
