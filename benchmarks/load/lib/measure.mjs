// One timed run (autocannon) and what is read around it: the load average, and the CPU time the server process
// and the PostgreSQL cluster used — CPU per request is what a busy, shared machine distorts least.

import { readFileSync, readdirSync } from 'node:fs';
import autocannon from 'autocannon';

const ticksPerSecond = 100; // USER_HZ on Linux

/** The 1-, 5- and 15-minute load averages. */
export function loadAverage() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
}

function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: the fields after it are split safely.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** CPU seconds a process has used (user + system), without its children. */
export function processCpu(pid) {
  return (stat(pid)?.cpuTicks ?? 0) / ticksPerSecond;
}

/** CPU ticks of each child of the PostgreSQL postmaster (the backends and background workers), by pid. */
export function clusterTicks(postmasterPid) {
  const ticks = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }

    const s = stat(entry);
    if (s && s.ppid === postmasterPid) {
      ticks.set(entry, s.cpuTicks);
    }
  }

  return ticks;
}

/** CPU seconds the cluster's processes used between two readings (backends that ended in between are lost: few). */
export function clusterCpuBetween(before, after) {
  let ticks = 0;
  for (const [pid, value] of after) {
    ticks += value - (before.get(pid) ?? 0);
  }

  return ticks / ticksPerSecond;
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * Runs `connections` connections for `seconds` against one server with one query (the i-th request of a
 * connection sequence gets `variables(i)`), and returns req/s, latency p50/p99 (ms), failures, load averages and
 * CPU per request of the server and of PostgreSQL.
 */
export async function measure({ server, query, variables, token, connections, seconds, postmasterPid }) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) {
    headers.authorization = `Bearer ${token}`;
  }

  let counter = 0;
  const loadBefore = loadAverage();
  const serverCpuBefore = processCpu(server.child.pid);
  const clusterBefore = clusterTicks(postmasterPid);
  const result = await run({
    url: server.url,
    connections,
    duration: seconds,
    method: 'POST',
    headers,
    requests: [{
      setupRequest: (request) => ({ ...request, body: JSON.stringify({ query, variables: variables(counter++) }) }),
    }],
  });
  const serverCpu = processCpu(server.child.pid) - serverCpuBefore;
  const clusterCpu = clusterCpuBetween(clusterBefore, clusterTicks(postmasterPid));
  const loadAfter = loadAverage();
  const total = result.requests.total;
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total,
    failures: result.non2xx + result.errors + result.timeouts,
    serverCpuMsPerRequest: total > 0 ? (serverCpu * 1000) / total : null,
    databaseCpuMsPerRequest: total > 0 ? (clusterCpu * 1000) / total : null,
    load: [loadBefore[0], loadAfter[0]],
  };
}

/** The median of numbers (the middle one of three). */
export function median(values) {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) {
    return null;
  }

  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
