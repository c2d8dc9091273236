import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  validate,
} from "graphql";

/**
 * A named operation checked into the repository. Exports run them, and `/graphql?documentId=` accepts
 * them by id (sha256 of the file's text) or by operation name.
 */
export interface TrustedDocument {
  /** sha256 of `body`, hex. */
  id: string;
  /** The operation's name, e.g. `WorkforceCells`. */
  name: string;
  /** File name without `.graphql`, e.g. `workforce` (the export's name for operations/export). */
  slug: string;
  /** Path relative to the repository, for messages and the listing. */
  file: string;
  /** The file's text, exactly as the client would send it. */
  body: string;
  /** The leading `#` comment lines: what the operation answers. */
  description: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

const root = new URL("../../../", import.meta.url);
/** Every export is an operation in this folder (one per file). */
export const exportFolder = new URL("operations/export/", root);
/** The documented example operations are trusted too. */
export const exampleFolder = new URL("examples/operations/", root);

export function documentHash(body: string): string {
  return createHash("sha256").update(body).digest("hex");
}

function leadingComment(body: string): string {
  const lines: string[] = [];
  for (const line of body.split("\n")) {
    if (!line.startsWith("#")) break;
    lines.push(line.replace(/^#\s?/, ""));
  }
  return lines.join(" ").trim();
}

/** Reads one folder of `.graphql` files, each a single named operation valid against `schema`. */
export function readTrustedDocuments(folder: URL, schema: GraphQLSchema): TrustedDocument[] {
  const path = fileURLToPath(folder);
  const repo = fileURLToPath(root);
  return readdirSync(path)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => {
      const body = readFileSync(new URL(file, folder), "utf8");
      const relative = `${path.slice(repo.length)}${file}`;
      const document = parse(body);
      const operations = document.definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const operation = operations[0];
      if (operations.length !== 1 || !operation?.name)
        throw new Error(`${relative}: a trusted document holds exactly one named operation`);
      const errors = validate(schema, document);
      if (errors.length) throw new Error(`${relative}: ${errors.map((e) => e.message).join("; ")}`);
      return {
        id: documentHash(body),
        name: operation.name.value,
        slug: basename(file, ".graphql"),
        file: relative,
        body,
        description: leadingComment(body),
        document,
        operation,
      };
    });
}

/** The trusted documents by id and by operation name (names are unique across the folders). */
export class TrustedDocuments {
  readonly all: readonly TrustedDocument[];
  private readonly byKey = new Map<string, TrustedDocument>();

  constructor(documents: TrustedDocument[]) {
    this.all = documents;
    for (const doc of documents) {
      if (this.byKey.has(doc.name)) throw new Error(`${doc.file}: operation name ${doc.name} is used twice`);
      this.byKey.set(doc.name, doc);
      this.byKey.set(doc.id, doc);
    }
  }

  /** By sha256 (`<hex>` or `sha256:<hex>`) or operation name; undefined if not trusted. */
  find(documentId: string): TrustedDocument | undefined {
    return this.byKey.get(documentId.replace(/^sha256:/, ""));
  }

  /** Whether `query` is, byte for byte, one of the trusted documents. */
  isTrustedText(query: string): boolean {
    return this.byKey.get(documentHash(query))?.body === query;
  }
}
