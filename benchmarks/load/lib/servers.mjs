// Starting and stopping the two servers under test. Both are child processes of this script (so autocannon's
// CPU is not theirs), listen on free loopback ports and log to files in the results folder.

import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A free TCP port on 127.0.0.1 (the kernel picks one; we close it again at once). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function start(name, command, args, env, logDir) {
  const log = createWriteStream(join(logDir, `${name}.log`));
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return child;
}

async function waitFor(name, child, ready, seconds) {
  const deadline = Date.now() + seconds * 1000;
  let exited = null;
  child.exited.then((how) => { exited = how; });
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`${name} exited before it was ready (${JSON.stringify(exited)}); see its log`);
    }

    try {
      if (await ready()) {
        return;
      }
    } catch {
      // Not listening yet.
    }

    await sleep(250);
  }

  throw new Error(`${name} was not ready within ${seconds} s; see its log`);
}

/**
 * MentorGraph: the Release build's `mentorgraph serve` in the Production environment, with a signing key, no rate
 * limits and logs at Warning, migrations not applied (the database is already migrated), and no job server inside
 * (`Jobs:RunServerInServe` false: on a seeded database the classification sweep would classify every note in the same
 * process while it is measured; production runs jobs in `mentorgraph jobs` beside it). Ready when /health/ready answers
 * 200 (database reachable, classifier loaded).
 */
export async function startOurs({ dll, connectionString, signingKey, logDir }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = start('mentorgraph', 'dotnet', [dll, 'serve', '--urls', url, '--no-migrate'], {
    ASPNETCORE_ENVIRONMENT: 'Production',
    DOTNET_ENVIRONMENT: 'Production',
    Database__ConnectionString: connectionString,
    Auth__SigningKey: signingKey,
    RateLimiting__Enabled: 'false',
    Jobs__RunServerInServe: 'false',
    Logging__LogLevel__Default: 'Warning',
  }, logDir);
  await waitFor('mentorgraph', child, async () => (await fetch(`${url}/health/ready`)).status === 200, 180);
  return { name: 'MentorGraph', child, url: `${url}/graphql` };
}

/** The PostGraphile 4 command line this benchmark runs (documented in docs/benchmarks.md as it is here). */
export function postgraphileArgs(databaseUrl, port) {
  return [
    '--connection', databaseUrl,
    '--schema', 'public',
    '--host', '127.0.0.1',
    '--port', String(port),
    '--append-plugins', '@graphile-contrib/pg-simplify-inflector,postgraphile-plugin-connection-filter',
    '--dynamic-json',
    '--no-setof-functions-contain-nulls',
    '--no-ignore-rbac',
    '--disable-default-mutations',
    '--legacy-relations', 'omit',
    '--disable-query-log',
  ];
}

/** PostGraphile 4 (its CLI, NODE_ENV=production) on the same database and role. Ready when it answers `{ __typename }`. */
export async function startPostGraphile({ cli, databaseUrl, logDir }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const child = start('postgraphile', process.execPath, [cli, ...postgraphileArgs(databaseUrl, port)], { NODE_ENV: 'production' }, logDir);
  await waitFor('postgraphile', child, async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
    return response.status === 200;
  }, 120);
  return { name: 'PostGraphile 4', child, url };
}

/** Stops a server this script started (SIGTERM, then SIGKILL after 15 s) and waits for it. */
export async function stop(server) {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) {
    return;
  }

  server.child.kill('SIGTERM');
  const killer = setTimeout(() => server.child.kill('SIGKILL'), 15000);
  await server.child.exited;
  clearTimeout(killer);
}
