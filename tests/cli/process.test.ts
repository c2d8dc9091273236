import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The hub as its users run it: real processes, signals, a data directory, the CLI's messages.
const root = new URL("../../", import.meta.url).pathname;
const dirs: string[] = [];
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function dataDir() {
  const dir = mkdtempSync(join(tmpdir(), "hub-process-"));
  dirs.push(dir);
  return join(dir, "data");
}

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `command args` in the repo with a clean environment and waits for "ready at <url>". */
function start(command: string, args: string[], env: Record<string, string>): Promise<Running> {
  const child = spawn(command, args, {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      PORT: "0",
      HOST: "127.0.0.1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1], output: () => output, exited });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void exited.then((code) => reject(new Error(`exited ${code} before ready:\n${output}`)));
  });
}

const hubArgs = ["bin/hub.mjs", "start", "--mode", "monolith", "--no-seed"];

async function answers(url: string) {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
      signal: AbortSignal.timeout(2_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function until(condition: () => Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

function runCli(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn("node", ["bin/hub.mjs", ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once("exit", (code) => resolve({ code, stderr }));
  });
}

// Each case starts Node processes with a fresh embedded database: slow on a loaded CI machine.
describe("the hub process", { timeout: 180_000 }, () => {
  it("drains and exits 0 on SIGTERM", async () => {
    const hub = await start("node", hubArgs, { HUB_DATA_DIR: dataDir() });
    expect(await answers(hub.url)).toBe(true);
    hub.child.kill("SIGTERM");
    expect(await hub.exited, hub.output()).toBe(0);
    expect(hub.output()).toContain("SIGTERM: shutting down");
    expect(await answers(hub.url)).toBe(false);
  });

  it("recognises the lock of a hub killed with -9 at once, and refuses one still running", async () => {
    const dir = dataDir();
    const first = await start("node", hubArgs, { HUB_DATA_DIR: dir });
    const refused = await runCli(["migrate"], { HUB_DATA_DIR: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`in use by another running hub (process ${first.child.pid})`);
    first.child.kill("SIGKILL");
    await first.exited;
    const after = await runCli(["migrate"], { HUB_DATA_DIR: dir });
    expect(after.code, after.stderr).toBe(0);
  });

  it("stops when the npm process running `npm start` is terminated", async () => {
    const hub = await start("npm", ["start", "--", "--mode", "monolith", "--no-seed"], {
      HUB_DATA_DIR: dataDir(),
    });
    expect(await answers(hub.url)).toBe(true);
    hub.child.kill("SIGTERM");
    expect(await until(async () => !(await answers(hub.url)), 10_000)).toBe(true);
  });
});

describe("CLI messages", { timeout: 120_000 }, () => {
  it("says in one line that an import file is missing or a directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hub-import-"));
    dirs.push(dir);
    mkdirSync(join(dir, "folder"));
    const missing = await runCli(["import", "workforce", join(dir, "nope.csv")]);
    expect(missing).toEqual({ code: 1, stderr: `\nNo such file: ${join(dir, "nope.csv")}\n` });
    const folder = await runCli(["import", "workforce", join(dir, "folder")]);
    expect(folder).toEqual({ code: 1, stderr: `\n${join(dir, "folder")} is a directory, not a CSV file.\n` });
  });

  it("refuses an unknown subgraph name and a bad port for `hub gateway`", async () => {
    const misspelt = await runCli([
      "gateway",
      "--port",
      "0",
      "--subgraph",
      "organisation=http://127.0.0.1:9/graphql",
    ]);
    expect(misspelt.code).toBe(1);
    expect(misspelt.stderr.trim()).toBe(
      'Unknown subgraph "organisation": the supergraph has organisations, plan, workforce',
    );
    const port = await runCli(["gateway", "--port", "http"]);
    expect(port.code).toBe(1);
    expect(port.stderr).toContain("Not a port number");
  });

  it("serves `hub gateway --port`", async () => {
    const gateway = await start("node", ["bin/hub.mjs", "gateway", "--port", "0"], {});
    const ready = await fetch(new URL("/ready", gateway.url));
    // No subgraphs run at the supergraph's URLs here: the gateway is up but not ready.
    expect(ready.status).toBe(503);
    gateway.child.kill("SIGTERM");
    expect(await gateway.exited, gateway.output()).toBe(0);
  });
});
