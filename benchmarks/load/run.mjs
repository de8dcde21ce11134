#!/usr/bin/env node
// API load benchmark: MentorGraph against PostGraphile 4 over the same seeded database, side by side in one run.
//
//   cd benchmarks/load && npm ci
//   node run.mjs [--db CONNECTION_STRING] [--seconds 30] [--connections 8] [--rounds 3] [--only pairing,page,people]
//                [--no-member] [--no-build] [--out DIR]
//
// Needs a migrated, seeded database (docs/benchmarks.md says which seed) — by default the dev cluster of
// scripts/pg. It builds the API (Release) unless --no-build, starts `mentorgraph serve` (Production, a fresh
// signing key, rate limits off, logs at Warning) and PostGraphile 4, checks that both answer every query with the
// same data, warms both up, then runs each query against each server for --seconds with --connections
// connections, the servers interleaved (who goes first alternates) for --rounds rounds, and prints the medians
// per query and server as a Markdown table. Everything measured is also written to DIR/results.json, and the two
// servers' logs to DIR.

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { checkSame } from './lib/check.mjs';
import { loadAverage, measure, median } from './lib/measure.mjs';
import { queries } from './lib/queries.mjs';
import { startOurs, startPostGraphile, stop } from './lib/servers.mjs';
import { table } from './lib/report.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');

const { values: options } = parseArgs({
  options: {
    db: { type: 'string' },
    seconds: { type: 'string', default: '30' },
    connections: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '5' },
    only: { type: 'string' },
    'no-member': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

const seconds = Number(options.seconds);
const connections = Number(options.connections);
const rounds = Number(options.rounds);
const warmup = Number(options.warmup);
const out = resolve(options.out ?? join(here, 'results', new Date().toISOString().replace(/[:.]/g, '-')));
mkdirSync(out, { recursive: true });

const log = (line) => console.error(line);

/** The Npgsql connection string: --db, MENTORGRAPH_DB, else the dev cluster's (scripts/pg start writes it). */
function connectionString() {
  if (options.db) {
    return options.db;
  }

  if (process.env.MENTORGRAPH_DB) {
    return process.env.MENTORGRAPH_DB;
  }

  const file = join(repo, '.pgdata/dev/url');
  if (!existsSync(file)) {
    throw new Error('No database: pass --db, set MENTORGRAPH_DB or run scripts/pg start (and mentorgraph seed).');
  }

  return readFileSync(file, 'utf8').trim();
}

/** Npgsql's "Host=…;Port=…" as the fields node-postgres and PostGraphile take. */
function parseConnectionString(text) {
  const fields = Object.fromEntries(text.split(';').filter(Boolean).map((part) => {
    const at = part.indexOf('=');
    return [part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim()];
  }));
  const config = {
    host: fields.host ?? fields.server ?? '127.0.0.1',
    port: Number(fields.port ?? 5432),
    database: fields.database ?? fields.db,
    user: fields.username ?? fields['user id'] ?? fields.user ?? fields.userid,
    password: fields.password ?? '',
  };
  const url = `postgres://${encodeURIComponent(config.user)}:${encodeURIComponent(config.password)}@${config.host}:${config.port}/${encodeURIComponent(config.database)}`;
  return { config, url };
}

async function describeDatabase(client) {
  const counts = {};
  for (const table of ['people', 'pairings', 'sessions', 'session_notes', 'session_feedback', 'lessons']) {
    counts[table] = Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  }

  const version = (await client.query('SHOW server_version')).rows[0].server_version;
  const backend = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  const postmasterPid = Number(readFileSync(`/proc/${backend}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
  const pairingIds = (await client.query('SELECT id FROM pairings ORDER BY md5(id::text) LIMIT 1000')).rows.map((r) => r.id);
  return { counts, version, postmasterPid, pairingIds };
}

/** Tokens of the demo organisation's admin and member (`mentorgraph demo-tokens`), signed with this run's key. */
function demoTokens(dll, connection, signingKey) {
  const text = execFileSync('dotnet', [dll, 'demo-tokens', '--db', connection], {
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production', DOTNET_ENVIRONMENT: 'Production', Auth__SigningKey: signingKey },
    encoding: 'utf8',
  });
  const lines = text.split('\n');
  const people = {};
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const match = /^(\S+)\s+(.*) <([^>]+)>/.exec(lines[i]);
    if (match) {
      people[match[1]] = { name: match[2], email: match[3], token: lines[i + 1].trim() };
    }
  }

  return people;
}

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU';
  const cores = readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? 0;
  const memory = Math.round(Number(readFileSync('/proc/meminfo', 'utf8').match(/MemTotal:\s*(\d+)/)[1]) / 1024 / 1024);
  const dotnet = execFileSync('dotnet', ['--version'], { encoding: 'utf8' }).trim();
  return `${cpu}, ${cores} cores, ${memory} GiB; Node ${process.version}; .NET SDK ${dotnet}`;
}

async function main() {
  const connection = connectionString();
  const { config, url: databaseUrl } = parseConnectionString(connection);
  const client = new pg.Client(config);
  await client.connect();
  const database = await describeDatabase(client);
  log(`database: PostgreSQL ${database.version}, ${JSON.stringify(database.counts)}`);

  if (!options['no-build']) {
    log('building the API (Release)…');
    execFileSync('dotnet', ['build', join(repo, 'src/Api'), '-c', 'Release', '-nologo', '-v', 'quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }

  const dll = join(repo, 'src/Api/bin/Release/net10.0/mentorgraph.dll');
  const commit = execFileSync('git', ['-C', repo, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['-C', repo, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
  const signingKey = randomBytes(48).toString('base64');
  const people = demoTokens(dll, connection, signingKey);
  if (!people.ADMIN) {
    throw new Error('demo-tokens named no ADMIN: seed the database first.');
  }

  const tokens = { admin: people.ADMIN.token, member: people.MEMBER?.token };
  let member = null;
  if (!options['no-member'] && people.MEMBER) {
    const row = (await client.query('SELECT id FROM people WHERE lower(email) = lower($1)', [people.MEMBER.email])).rows[0];
    member = { ...people.MEMBER, personId: row.id };
  }

  await client.end();
  let list = queries({ pairingIds: database.pairingIds, member });
  if (options.only) {
    const wanted = options.only.split(',');
    list = list.filter((q) => wanted.includes(q.slug));
  }

  let ours = null;
  let theirs = null;
  // Ctrl-C or SIGTERM: stop the servers this script started, then exit.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      log(`${signal}: stopping the servers`);
      Promise.all([stop(ours), stop(theirs)]).finally(() => process.exit(130));
    });
  }

  try {
    log('starting MentorGraph and PostGraphile…');
    [ours, theirs] = await Promise.all([
      startOurs({ dll, connectionString: connection, signingKey, logDir: out }),
      startPostGraphile({ cli: join(here, 'node_modules/postgraphile/cli.js'), databaseUrl, logDir: out }),
    ]);
    const servers = [ours, theirs];

    const answers = {};
    for (const query of list) {
      answers[query.slug] = await checkSame(query, ours, theirs, tokens, query.slug === 'pairing' ? 25 : 1);
      log(`same data: ${query.name} — ${answers[query.slug]}`);
    }

    const side = (server, query) => (server === ours ? query.ours : query.theirs);
    const tokenOf = (server, query) => (server === ours ? tokens[query.viewer] : null);
    log(`warming up (${warmup} s per query and server)…`);
    for (const query of list) {
      for (const server of servers) {
        const s = side(server, query);
        await measure({ server, query: s.query, variables: s.variables, token: tokenOf(server, query), connections, seconds: warmup, postmasterPid: database.postmasterPid });
      }
    }

    const runs = [];
    const started = new Date();
    const loadAtStart = loadAverage();
    for (let round = 1; round <= rounds; round += 1) {
      for (const query of list) {
        const order = round % 2 === 1 ? servers : [...servers].reverse();
        for (const server of order) {
          const s = side(server, query);
          const result = await measure({ server, query: s.query, variables: s.variables, token: tokenOf(server, query), connections, seconds, postmasterPid: database.postmasterPid });
          runs.push({ round, query: query.slug, server: server.name, ...result });
          log(`round ${round} ${query.slug.padEnd(12)} ${server.name.padEnd(14)} ${result.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  failures ${result.failures}  load ${result.load.join(' → ')}`);
        }
      }
    }

    const loadAtEnd = loadAverage();
    const summary = list.map((query) => ({
      query: query.slug,
      name: query.name,
      viewer: query.viewer,
      answer: answers[query.slug],
      servers: servers.map((server) => {
        const mine = runs.filter((r) => r.query === query.slug && r.server === server.name);
        return {
          server: server.name,
          requestsPerSecond: median(mine.map((r) => r.requestsPerSecond)),
          p50: median(mine.map((r) => r.p50)),
          p99: median(mine.map((r) => r.p99)),
          serverCpuMsPerRequest: median(mine.map((r) => r.serverCpuMsPerRequest)),
          databaseCpuMsPerRequest: median(mine.map((r) => r.databaseCpuMsPerRequest)),
          failures: mine.reduce((n, r) => n + r.failures, 0),
        };
      }),
    }));
    const loads = runs.flatMap((r) => r.load);
    const report = {
      date: started.toISOString(),
      commit: dirty ? `${commit} (with uncommitted changes)` : commit,
      machine: machine(),
      database: { version: database.version, counts: database.counts },
      viewers: { admin: people.ADMIN.email, member: member?.email ?? null },
      settings: { connections, seconds, rounds, warmup },
      load: { atStart: loadAtStart, atEnd: loadAtEnd, min: Math.min(...loads), max: Math.max(...loads), median: median(loads) },
      summary,
      runs,
    };
    writeFileSync(join(out, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(table(report));
    log(`written: ${join(out, 'results.json')}`);
  } finally {
    await Promise.all([stop(ours), stop(theirs)]);
  }
}

main().catch((error) => {
  console.error(`run.mjs: ${error.message}`);
  process.exitCode = 1;
});
