// A seeded, bounded fuzz test of /graphql: thousands of malformed or odd requests (lib/hostile-requests.mjs),
// a few in flight at a time, and every answer must be a GraphQL answer: no 5xx, no dropped connection,
// a JSON body with "errors" or "data", no exception text (lib/answer-checks.mjs).
//
// The same seed makes the same requests. To replay one request of a failed run:
//   MENTORGRAPH_FUZZ_SEED=<seed> MENTORGRAPH_FUZZ_ONLY=<index> node --test test/fuzz.test.mjs
// MENTORGRAPH_FUZZ_REQUESTS changes how many requests are sent (the default fits in seconds).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { problemsOf } from '../lib/answer-checks.mjs';
import { hostileRequest } from '../lib/hostile-requests.mjs';
import { createRandom, seedFrom } from '../lib/prng.mjs';
import { rawExchange } from '../lib/raw-http.mjs';
import { graphqlUrl } from '../lib/server.mjs';

const seed = Number(process.env.MENTORGRAPH_FUZZ_SEED ?? 20260517);
const count = Number(process.env.MENTORGRAPH_FUZZ_REQUESTS ?? 3000);
const only = process.env.MENTORGRAPH_FUZZ_ONLY;
const inFlight = 12;
const answerTimeoutMs = 15_000;

/** The request of that index in this run: the same for the same seed, whatever ran before it. */
function requestAt(index) {
  return hostileRequest(index, createRandom(seedFrom(seed, index)));
}

async function send(request) {
  const response = await fetch(graphqlUrl() + request.query, {
    method: request.method,
    headers: Object.fromEntries(Object.entries(request.headers).filter(([, value]) => value !== undefined)),
    body: request.body,
    signal: AbortSignal.timeout(answerTimeoutMs),
  });
  return { response, text: await response.text() };
}

function preview(body, length) {
  if (body === undefined) return '(none)';
  if (Buffer.isBuffer(body)) {
    return `${body.length} bytes, hex ${body.subarray(0, length / 2).toString('hex')}${body.length > length / 2 ? '…' : ''}`;
  }
  return `${body.length} chars ${JSON.stringify(body.slice(0, length))}${body.length > length ? '…' : ''}`;
}

function describeFailure({ index, request, status, text, problems }) {
  return [
    `request ${index} (${request.category}), seed ${seed}: ${problems.join('; ')}`,
    `  replay: MENTORGRAPH_FUZZ_SEED=${seed} MENTORGRAPH_FUZZ_ONLY=${index} node --test test/fuzz.test.mjs`,
    `  ${request.method} /graphql${request.query.slice(0, 300)}${request.query.length > 300 ? '…' : ''}`,
    `  headers ${JSON.stringify(request.headers)}`,
    `  body ${preview(request.body, 600)}`,
    `  answer ${status ?? '(none)'} ${text === undefined ? '' : JSON.stringify(text.slice(0, 400))}`,
  ].join('\n');
}

test(`fuzz: ${only === undefined ? count : 1} hostile requests to /graphql (seed ${seed}) get GraphQL answers, never a 5xx`, { timeout: 180_000 }, async () => {
  const indexes = only === undefined ? Array.from({ length: count }, (_, i) => i) : [Number(only)];
  const failures = [];
  const statuses = new Map();
  const started = performance.now();
  let next = 0;

  async function worker() {
    while (next < indexes.length) {
      const index = indexes[next++];
      const request = requestAt(index);
      try {
        const { response, text } = await send(request);
        const key = `${request.category} ${response.status}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        const problems = problemsOf(request, response, text);
        if (problems.length > 0) {
          failures.push({ index, request, status: response.status, text, problems });
        }
      } catch (error) {
        failures.push({ index, request, problems: [`no answer (connection dropped or timed out): ${error.cause?.message ?? error.message}`] });
      }
    }
  }

  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = (performance.now() - started) / 1000;
  console.log(`fuzz: ${indexes.length} requests, seed ${seed}, ${inFlight} in flight, ${seconds.toFixed(1)} s`);
  for (const [key, n] of [...statuses].sort()) {
    console.log(`  ${key}: ${n}`);
  }

  failures.sort((a, b) => a.index - b.index);
  assert.equal(
    failures.length,
    0,
    `${failures.length} of ${indexes.length} answers were wrong; the first ones:\n${failures.slice(0, 15).map(describeFailure).join('\n')}`,
  );
});

// Bodies whose HTTP framing is broken, which fetch() cannot send: the server reads them as bad
// requests and answers so, with an error body, rather than leaving it to the HTTP server's empty 400
// or 500. (A body cut short is not among them: the server waits for the rest until its minimum data
// rate gives up, seconds later; GraphQLRequestReaderTests covers the answer.)
const brokenFraming = {
  'a chunk size that is not hex': 'ZZ\r\n{"query":"{ __typename }"}\r\n0\r\n\r\n',
  'a chunk size over 4 GB': 'FFFFFFFF\r\n{"query":',
};

for (const [name, chunks] of Object.entries(brokenFraming)) {
  test(`a chunked POST body with ${name} gets a 4xx with a GraphQL error`, async () => {
    const { host, pathname } = new URL(graphqlUrl());
    const request =
      `POST ${pathname} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n` +
      `Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n${chunks}`;
    const answer = await rawExchange(graphqlUrl(), request);
    assert.ok(answer.status >= 400 && answer.status < 500, `status ${answer.status}`);
    const body = JSON.parse(answer.body);
    assert.equal(typeof body.errors?.[0]?.extensions?.code, 'string', answer.body);
  });
}
