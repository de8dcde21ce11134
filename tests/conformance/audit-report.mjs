// Runs the graphql-http server audits against the server and prints the table of SHOULD and MAY
// results for README.md's section "GraphQL over HTTP conformance" (npm run audit).
import { describe, markdownRows, runServerAudits } from './lib/audits.mjs';
import { graphqlUrl } from './lib/server.mjs';

const results = await runServerAudits(graphqlUrl());
for (const result of results) {
  console.error(describe(result));
}
console.log('| id | audit | result |');
console.log('|---|---|---|');
for (const row of markdownRows(results)) {
  console.log(row);
}
