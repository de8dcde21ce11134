// GraphiQL at /graphql: the `graphiql` package bundled by Vite (its Monaco editor's workers included), talking to
// this origin's /graphql. In Development the server puts an ADMIN token of the demo admin in
// <meta name="mentorgraph-dev-token">; it prefills the headers editor. A token the dashboard stored is used otherwise.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "./page.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { storedToken } from "../token";

const devToken = document.querySelector<HTMLMetaElement>('meta[name="mentorgraph-dev-token"]')?.content ?? "";
const token = devToken || storedToken();
const defaultHeaders = token ? JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2) : "";

const defaultQuery = `# MentorGraph. Ctrl-Space completes,
# Ctrl-Enter runs; Docs (top left) shows
# the schema. Headers carry your token.
query Viewer {
  viewer {
    roles
    person { name title department { name } }
  }
}
`;

const fetcher = createGraphiQLFetcher({ url: `${location.origin}/graphql` });

createRoot(document.getElementById("graphiql")!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={defaultQuery}
      initialHeaders={defaultHeaders}
      defaultEditorToolsVisibility={defaultHeaders ? "headers" : false}
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
