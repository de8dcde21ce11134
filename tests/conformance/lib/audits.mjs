import { readFileSync } from 'node:fs';
import { serverAudits } from 'graphql-http';

/** Runs every graphql-http server audit against the endpoint, one after the other; returns their results in audit order. */
export async function runServerAudits(url) {
  const results = [];
  for (const audit of serverAudits({ url })) {
    results.push(await audit.fn());
  }
  return results;
}

/** The requirement level an audit's name starts with: MUST, SHOULD or MAY. */
export function requirementOf(result) {
  return result.name.split(' ', 1)[0];
}

/** One line per result, for the log: status, id, name and, when it did not pass, why. */
export function describe(result) {
  const line = `${result.status.padEnd(6)} ${result.id} ${result.name}`;
  return result.status === 'ok' ? line : `${line}\n         reason: ${result.reason}`;
}

/** The SHOULD and MAY results as the Markdown table rows README.md holds: | id | audit | result |. */
export function markdownRows(results) {
  return results
    .filter((r) => requirementOf(r) !== 'MUST')
    .map((r) => `| ${r.id} | ${r.name.replaceAll('|', '\\|')} | ${r.status} |`);
}

/** The id → result table of the README section "GraphQL over HTTP conformance". */
export function documentedResults(readmePath) {
  const text = readFileSync(readmePath, 'utf8');
  const start = text.indexOf('## GraphQL over HTTP conformance');
  if (start < 0) {
    throw new Error(`${readmePath} has no section "## GraphQL over HTTP conformance".`);
  }
  const next = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, next < 0 ? undefined : next);
  const documented = new Map();
  for (const match of section.matchAll(/^\| ([0-9A-Z]{4}) \| .* \| (ok|notice|warn|error) \|$/gm)) {
    documented.set(match[1], match[2]);
  }
  return documented;
}
