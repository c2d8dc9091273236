import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed documents for the example and test operations (`npm run codegen`; tests/schema/codegen.test.ts checks drift). */
const config: CodegenConfig = {
  schema: "schema/hub.graphql",
  documents: ["examples/operations/**/*.graphql", "tests/operations/**/*.graphql"],
  generates: {
    "tests/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // A scalar added to the schema later types as unknown until it is mapped here.
        defaultScalarType: "unknown",
        scalars: {
          Date: "string",
          DateTime: "string",
          URL: "string",
          NonNegativeInt: "number",
          JSON: "unknown",
        },
      },
    },
  },
};

export default config;
