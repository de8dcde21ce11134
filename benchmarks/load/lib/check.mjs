// Before anything is timed: both servers answer each query without errors and with the same data once their
// shapes are mapped (see queries.mjs). A difference stops the benchmark: comparing servers that answer different
// questions would be meaningless.

import { isDeepStrictEqual } from 'node:util';

/** POSTs one GraphQL request and returns its `data`; throws on an HTTP or GraphQL error. */
export async function ask(url, query, variables, token) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) {
    headers.authorization = `Bearer ${token}`;
  }

  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
  }

  const body = JSON.parse(text);
  if (body.errors?.length) {
    throw new Error(`${url} answered with errors: ${JSON.stringify(body.errors).slice(0, 1000)}`);
  }

  return body.data;
}

function firstDifference(a, b, path = '$') {
  if (isDeepStrictEqual(a, b)) {
    return null;
  }

  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
      if (found) {
        return found;
      }
    }
  }

  return `${path}: ${JSON.stringify(a)?.slice(0, 300)} ≠ ${JSON.stringify(b)?.slice(0, 300)}`;
}

/** A short description of what an answer holds, for the log ("50 nodes, 148 sessions, 61 lessons"). */
function describe(shape) {
  if (shape?.nodes) {
    const sessions = shape.nodes.reduce((n, p) => n + (p.sessions?.length ?? 0), 0);
    const lessons = shape.nodes.reduce((n, p) => n + (p.lessons?.length ?? 0), 0);
    return `${shape.nodes.length} nodes${sessions ? `, ${sessions} sessions` : ''}${lessons ? `, ${lessons} lessons` : ''}`;
  }

  return shape ? '1 object' : 'null';
}

/**
 * Asks both servers `samples` requests of the query (request i with variables(i)) and compares the mapped answers.
 * Returns a description of the first answer; throws at the first difference or an empty answer.
 */
export async function checkSame(query, ours, theirs, tokens, samples) {
  let description = '';
  for (let i = 0; i < samples; i += 1) {
    const a = query.ours.shape(await ask(ours.url, query.ours.query, query.ours.variables(i), tokens[query.viewer]));
    const b = query.theirs.shape(await ask(theirs.url, query.theirs.query, query.theirs.variables(i), null));
    const difference = firstDifference(a, b);
    if (difference) {
      throw new Error(`"${query.name}": the servers answer differently (request ${i}): ${difference}`);
    }

    if (!a || (a.nodes && a.nodes.length === 0)) {
      throw new Error(`"${query.name}": the answer is empty (request ${i}); seed the database first`);
    }

    if (i === 0) {
      description = describe(a);
    }
  }

  return description;
}
