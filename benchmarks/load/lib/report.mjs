// The results as Markdown, in the form docs/benchmarks.md keeps them.

const number = (value, digits = 1) => (value === null || value === undefined ? '—' : value.toFixed(digits));

/** One row per query and server: median req/s, latency p50/p99, CPU per request; then the ratio of req/s. */
export function table(report) {
  const lines = [
    `${report.date} · commit ${report.commit} · ${report.machine}`,
    `PostgreSQL ${report.database.version}; ${Object.entries(report.database.counts).map(([t, n]) => `${n.toLocaleString('en-US')} ${t}`).join(', ')}`,
    `${report.settings.connections} connections × ${report.settings.seconds} s per run, ${report.settings.rounds} rounds interleaved; medians. ` +
      `Load average (1 min) during the runs: median ${number(report.load.median, 2)}, ${number(report.load.min, 2)}–${number(report.load.max, 2)}`,
    '',
    '| Query | Viewer (ours) | Server | req/s | p50 ms | p99 ms | server CPU ms/req | PostgreSQL CPU ms/req | ours ÷ theirs (req/s) |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const query of report.summary) {
    const [ours, theirs] = query.servers;
    const ratio = ours.requestsPerSecond && theirs.requestsPerSecond ? ours.requestsPerSecond / theirs.requestsPerSecond : null;
    for (const server of query.servers) {
      const failures = server.failures ? ` (${server.failures} failed)` : '';
      lines.push(`| ${query.name} | ${query.viewer.toUpperCase()} | ${server.server}${failures} | ${number(server.requestsPerSecond)} | ${server.p50} | ${server.p99} | ` +
        `${number(server.serverCpuMsPerRequest, 2)} | ${number(server.databaseCpuMsPerRequest, 2)} | ${server === ours ? `**${number(ratio, 2)}**` : ''} |`);
    }
  }

  return lines.join('\n');
}
