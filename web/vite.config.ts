import { defineConfig } from "vite";

// Two pages: index.html (the landing page at / and the dashboard at /dashboard, routed in the browser) and
// graphiql.html (what GET /graphql hands a browser). The API serves dist/ from wwwroot/ beside the program;
// hashed files go to /assets/ so they can be cached for a year.
export default defineConfig({
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      input: { index: "index.html", graphiql: "graphiql.html" },
      // GraphiQL's dependencies mark modules "use client" (for React server components): meaningless in a
      // browser bundle, and hundreds of lines of noise in every dotnet build.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
  worker: { format: "es" },
  server: {
    // `npm run dev` beside `scripts/run`: the API answers /graphql and /dev.
    proxy: { "/graphql": "http://127.0.0.1:5080", "/dev": "http://127.0.0.1:5080" },
  },
});
