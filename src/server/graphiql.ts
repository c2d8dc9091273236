import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import express, { type Request, Router } from "express";

const require = createRequire(import.meta.url);
export const examplesDir = fileURLToPath(new URL("../../examples/operations/", import.meta.url));

function packageDir(name: string) {
  const dir = dirname(require.resolve(`${name}/package.json`));
  const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string };
  return { dir, version };
}

export interface ExampleOperation {
  file: string;
  query: string;
}

/** The example operations shipped in examples/operations, one GraphiQL tab each, in file-name order. */
export function exampleOperations(dir = examplesDir): ExampleOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => ({ file, query: readFileSync(join(dir, file), "utf8") }));
}

/** True for a browser opening the endpoint: it prefers HTML and sends no GraphQL query. */
export function wantsGraphiQL(req: Request) {
  if (req.method !== "GET" || req.query.query !== undefined) return false;
  return req.accepts(["application/graphql-response+json", "application/json", "text/html"]) === "text/html";
}

// The page runs only same-origin scripts and calls only this server: police networks are often offline.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join("; ");

const app = `(() => {
  const config = JSON.parse(document.getElementById("graphiql-config").textContent);
  const url = window.location.origin + window.location.pathname;
  const element = React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url }),
    defaultTabs: config.tabs,
    defaultQuery: config.tabs[0] ? config.tabs[0].query : undefined,
    defaultEditorToolsVisibility: "headers",
  });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(element);
})();
`;

/**
 * GraphiQL at GET /graphql for browsers, with every asset served from node_modules by this server
 * (no CDN) and the example operations as tabs. GraphQL requests, GET or POST, fall through to Apollo.
 */
export function graphiqlRouter(options: { path?: string; examples?: ExampleOperation[] } = {}): Router {
  const path = options.path ?? "/graphql";
  const graphiql = packageDir("graphiql");
  const react = packageDir("react");
  const reactDom = packageDir("react-dom");
  const assets = {
    graphiql: `/graphiql/graphiql@${graphiql.version}`,
    react: `/graphiql/react@${react.version}`,
    reactDom: `/graphiql/react-dom@${reactDom.version}`,
  };
  const tabs = (options.examples ?? exampleOperations()).map(({ query }) => ({ query }));
  // Inside <script>, "<" could end the element early; \u003c keeps the JSON inert.
  const config = JSON.stringify({ tabs }).replaceAll("<", "\\u003c");
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PRAP data hub · GraphiQL</title>
<link rel="stylesheet" href="${assets.graphiql}/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script type="application/json" id="graphiql-config">${config}</script>
<script src="${assets.react}/umd/react.production.min.js"></script>
<script src="${assets.reactDom}/umd/react-dom.production.min.js"></script>
<script src="${assets.graphiql}/graphiql.min.js"></script>
<script src="/graphiql/app.js"></script>
</body>
</html>
`;

  const router = Router();
  // Versioned URLs never change content, so browsers may keep them.
  const assetOptions = { index: false, immutable: true, maxAge: "365d", fallthrough: false };
  router.use(assets.graphiql, express.static(graphiql.dir, assetOptions));
  router.use(assets.react, express.static(react.dir, assetOptions));
  router.use(assets.reactDom, express.static(reactDom.dir, assetOptions));
  // Browsers ask for it on every page; a 404 would only be noise in the console.
  router.get("/favicon.ico", (_req, res) => {
    res.status(204).end();
  });
  router.get("/graphiql/app.js", (_req, res) => {
    res.type("text/javascript").set("cache-control", "no-cache").send(app);
  });
  router.get(path, (req, res, next) => {
    if (!wantsGraphiQL(req)) return next();
    res.set({
      "content-security-policy": contentSecurityPolicy,
      "cache-control": "no-cache",
      vary: "accept",
    });
    res.type("html").send(page);
  });
  return router;
}
