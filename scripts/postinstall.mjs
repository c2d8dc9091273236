// Makes the installed Prisma usable offline: no native engine is downloaded or needed.
// 1. The WASM schema engine (used for migrations) expects its .wasm inside @prisma/internals/build,
//    which the package does not ship: copy it from @prisma/schema-engine-wasm.
// 2. `prisma generate` only needs *a* schema-engine path to start; it never runs it.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
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
