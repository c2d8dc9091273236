// Real-browser CORS check (not a test: it needs Debian's chromium, `apt-get install -y chromium`):
// a page served from another origin queries the hub (monolith and gateway) with fetch(), without
// and with an Authorization header (which makes Chromium send a preflight). Prints what the page saw.
//
//   npx tsx scripts/browser-cors.ts [--chromium /usr/bin/chromium]
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { SignJWT } from "jose";
import puppeteer from "puppeteer-core";
import { openPgliteDatabase } from "../src/db/database.ts";
import { logger } from "../src/logger.ts";
import { startHub } from "../src/server/hub.ts";

const { values } = parseArgs({ options: { chromium: { type: "string", default: "/usr/bin/chromium" } } });
logger.level = "warn";
const secret = randomBytes(32).toString("base64");
// The hub reads its token settings through src/config.ts; this drill uses a secret of its own.
process.env.HUB_JWT_SECRET = secret;
const token = await new SignJWT({ role: "national" })
  .setProtectedHeader({ alg: "HS256" })
  .setSubject("browser-check")
  .setExpirationTime("5m")
  .sign(new TextEncoder().encode(secret));

const database = await openPgliteDatabase(new PGlite("memory://"));
await database.migrate();
await database.db.force.create({
  data: { id: "browser-check", name: "Browser check force", country: "ENGLAND", kind: "TERRITORIAL" },
});
const hubs = {
  monolith: await startHub({ database, port: 0, mode: "monolith", host: "127.0.0.1" }),
  gateway: await startHub({ database, port: 0, mode: "gateway", host: "127.0.0.1" }),
};
// Control: a hub allowing another origin only; the browser must block the page's calls to it.
process.env.HUB_CORS_ORIGINS = "https://other.example";
const restricted = await startHub({ database, port: 0, mode: "monolith", host: "127.0.0.1" });

// The page's origin: another port on "localhost", so every call to 127.0.0.1:<hub> is cross-origin.
const page = `<!doctype html><title>cross-origin</title><script>
async function ask(url, token) {
  const headers = { "content-type": "application/json" };
  if (token) headers.authorization = "Bearer " + token;
  try {
    const response = await fetch(url, { method: "POST", headers,
      body: JSON.stringify({ query: '{ force(id: "browser-check") { name } }' }) });
    return { status: response.status, body: await response.json(), requestId: response.headers.get("x-request-id") };
  } catch (error) { return { error: String(error) }; }
}
</script>`;
const site = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(page));
await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
const origin = `http://localhost:${(site.address() as AddressInfo).port}`;

const browser = await puppeteer.launch({
  executablePath: values.chromium,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
});
let failures = 0;
try {
  const tab = await browser.newPage();
  const consoleErrors: string[] = [];
  tab.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await tab.goto(origin);
  type Seen = { status?: number; body?: { data?: { force?: { name?: string } } }; error?: string };
  const ask = (url: string, bearer: string | null): Promise<Seen> =>
    tab.evaluate(
      (u, t) => (globalThis as unknown as { ask: (u: string, t: string | null) => Promise<Seen> }).ask(u, t),
      url,
      bearer,
    );
  console.log(`Chromium ${await browser.version()}, page origin ${origin}`);
  for (const [mode, hub] of Object.entries(hubs)) {
    for (const withToken of [false, true]) {
      const result = await ask(hub.url, withToken ? token : null);
      const ok = result.status === 200 && result.body?.data?.force?.name === "Browser check force";
      if (!ok) failures++;
      console.log(
        `  ${mode.padEnd(8)} ${withToken ? "with Authorization   " : "without Authorization"} → ${ok ? "OK" : "FAILED"} ${JSON.stringify(result)}`,
      );
    }
  }
  const blocked = await ask(restricted.url, token);
  if (!blocked.error) failures++;
  console.log(
    `  control: hub allowing only https://other.example → ${blocked.error ? "blocked (as it must be)" : "NOT BLOCKED"} ${JSON.stringify(blocked)}`,
  );
  if (consoleErrors.length) console.log(`  console errors: ${consoleErrors.join(" | ")}`);
} finally {
  await browser.close();
  site.close();
  for (const hub of [...Object.values(hubs), restricted]) await hub.close();
  await database.close();
}
process.exitCode = failures ? 1 : 0;
