// The README whose section "GraphQL over HTTP conformance" lists the SHOULD and MAY audit results:
// the repository's own.
export const readmePath = new URL('../../../README.md', import.meta.url);
