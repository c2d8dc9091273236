import type { ServerResponse } from "node:http";
import { type HttpHandler, sendJson } from "../http.ts";
import type { TrustedDocuments } from "./documents.ts";

function refuse(res: ServerResponse, message: string, code: string) {
  sendJson(res, 400, { errors: [{ message, extensions: { code } }] });
}

/**
 * Persisted operations on /graphql: `documentId` (sha256 of a trusted document's text, with or
 * without `sha256:`, or its operation name) stands for the document's text, over GET
 * (`?documentId=…&variables=…`) or in a POST body. With `trustedOnly` (production) any other query
 * text is refused, so the endpoint runs exactly the operations checked into the repository.
 */
export function persistedDocuments(documents: TrustedDocuments, trustedOnly: boolean): HttpHandler {
  return (req, res, next) => {
    const url = new URL(req.url ?? "/", "http://hub");
    const body = req.body as Record<string, unknown> | undefined;
    const documentId =
      url.searchParams.get("documentId") ?? (typeof body?.documentId === "string" ? body.documentId : null);
    if (documentId !== null) {
      const document = documents.find(documentId);
      if (!document) {
        refuse(
          res,
          `Unknown documentId ${documentId}: GET /export lists the trusted documents.`,
          "PERSISTED_QUERY_NOT_FOUND",
        );
        return;
      }
      if (url.searchParams.has("documentId")) {
        url.searchParams.delete("documentId");
        url.searchParams.set("query", document.body);
        url.searchParams.set("operationName", document.name);
        req.url = `${url.pathname}${url.search}`;
      } else if (body) {
        delete body.documentId;
        body.query = document.body;
        body.operationName = document.name;
      }
      return next();
    }
    if (trustedOnly) {
      const query = url.searchParams.get("query") ?? (typeof body?.query === "string" ? body.query : null);
      if (query !== null && !documents.isTrustedText(query)) {
        refuse(res, "This hub runs only its trusted documents: send a documentId.", "PERSISTED_QUERY_ONLY");
        return;
      }
    }
    next();
  };
}
