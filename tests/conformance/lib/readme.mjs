// The README whose section "GraphQL over HTTP conformance" lists the SHOULD and MAY audit results.
export const readmePath = new URL('../README.md', import.meta.url);
