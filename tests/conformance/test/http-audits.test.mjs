// The graphql-http server audit suite (GraphQL over HTTP spec) against the running server: every MUST
// audit must pass, and the SHOULD and MAY results must be the ones README.md documents.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { describe, documentedResults, markdownRows, requirementOf, runServerAudits } from '../lib/audits.mjs';
import { graphqlUrl } from '../lib/server.mjs';
import { readmePath } from '../lib/readme.mjs';

const url = graphqlUrl();
const results = await runServerAudits(url);

console.log(`graphql-http ${results.length} server audits against ${url}:`);
for (const result of results) {
  console.log(describe(result));
}

for (const result of results.filter((r) => requirementOf(r) === 'MUST')) {
  test(`${result.id} ${result.name}`, () => {
    assert.equal(result.status, 'ok', result.reason);
  });
}

test('the SHOULD and MAY results are the ones README.md documents', () => {
  const path = fileURLToPath(readmePath);
  const documented = documentedResults(path);
  const actual = new Map(results.filter((r) => requirementOf(r) !== 'MUST').map((r) => [r.id, r.status]));
  assert.ok(actual.size > 0, 'graphql-http returned no SHOULD or MAY audits');
  assert.deepEqual(
    actual,
    documented,
    `${path} is out of date; replace its table with the output of "npm run audit":\n${markdownRows(results).join('\n')}`,
  );
});
