// Makes the installed Prisma usable offline: no native engine is downloaded or needed.
// 1. The WASM schema engine (used for migrations) expects its .wasm inside @prisma/internals/build,
//    which the package does not ship: copy it from @prisma/schema-engine-wasm.
// 2. `prisma generate` only needs *a* schema-engine path to start; it never runs it.
// 3. The generated client loads its query compiler from a 4.4 MB base64 string in a JavaScript module:
//    the module's source and the string stay in the heap for the life of the process (~9 MB of every
//    hub process, ~10–15 MB RSS). It is decoded once here into a .wasm beside it, which the client
//    reads instead; if Prisma changes that code, the client is left as generated (a test fails).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join, resolve } from "node:path";

const require = createRequire(import.meta.url);
const internalsDir = dirname(require.resolve("@prisma/internals/package.json"));
// Resolve from @prisma/internals so the .wasm matches the JS glue it loads.
const fromInternals = createRequire(join(internalsDir, "package.json"));
const wasmSource = join(
  dirname(fromInternals.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
  "schema_engine_bg.wasm",
);
mkdirSync(join(internalsDir, "build"), { recursive: true });
copyFileSync(wasmSource, join(internalsDir, "build", "schema_engine_bg.wasm"));

const prismaCli = join(dirname(require.resolve("prisma/package.json")), "build", "index.js");
if (!existsSync(prismaCli)) throw new Error(`prisma CLI not found at ${prismaCli}`);
execFileSync(process.execPath, [prismaCli, "generate", "--schema", "prisma/schema.prisma"], {
  stdio: "inherit",
  env: {
    ...process.env,
    // The Pothos generator is a bin of @pothos/plugin-prisma.
    PATH: `${resolve("node_modules/.bin")}${delimiter}${process.env.PATH ?? ""}`,
    PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});

const clientClass = resolve("src/generated/prisma/internal/class.ts");
const base64Loader =
  /const \{ wasm \} = await import\("(@prisma\/client\/runtime\/[\w.]+)\.wasm-base64\.mjs"\)\n\s*return await decodeBase64AsWasm\(wasm\)/;
const generated = readFileSync(clientClass, "utf8");
const loader = generated.match(base64Loader);
if (loader) {
  const runtimeFile = loader[1];
  const { wasm } = await import(`${runtimeFile}.wasm-base64.mjs`);
  const wasmPath = join(
    dirname(require.resolve(`${runtimeFile}.wasm-base64.mjs`)),
    `${runtimeFile.split("/").pop()}.wasm`,
  );
  writeFileSync(wasmPath, Buffer.from(wasm, "base64"));
  const fileLoader = [
    "// Read from the .wasm scripts/postinstall.mjs decoded, not from a base64 module kept in memory.",
    'const { readFile } = await import("node:fs/promises")',
    'const { createRequire } = await import("node:module")',
    `return new WebAssembly.Module(await readFile(createRequire(import.meta.url).resolve(${JSON.stringify(`${runtimeFile}.wasm`)})))`,
  ].join("\n    ");
  writeFileSync(clientClass, generated.replace(base64Loader, fileLoader));
} else if (!generated.includes("scripts/postinstall.mjs decoded")) {
  console.warn(
    "postinstall: the generated Prisma client no longer loads a base64 query compiler; left as generated",
  );
}
