/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query BiEvidenceTable($first: Int = 100, $after: String, $status: [EvidenceStatus!] = [PLANNED, IN_PROGRESS, DELIVERED, VERIFIED], $forceIds: [ID!]) {\n  evidence(\n    first: $first\n    after: $after\n    filter: {status: $status, forceIds: $forceIds, includeCollaborations: true}\n    orderBy: {field: TITLE}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      title\n      kind\n      status\n      startedOn\n      deliveredOn\n      verifiedOn\n      provenance\n      sourceUrl\n      ownerForce {\n        id\n        name\n      }\n      ownerCollaboration {\n        id\n        shortName\n      }\n      updatedAt\n    }\n  }\n}": typeof types.BiEvidenceTableDocument,
    "query ForceAppHertfordshire($id: ID! = \"hertfordshire\") {\n  force(id: $id) {\n    id\n    name\n    pfaCode\n    region {\n      name\n    }\n    collaborations {\n      collaboration {\n        id\n        name\n        shortName\n        kind\n      }\n      joinedOn\n    }\n    collaborationPartners {\n      id\n      name\n    }\n    evidence(first: 10, orderBy: {field: DELIVERED_ON, direction: DESC}) {\n      totalCount\n      nodes {\n        title\n        kind\n        status\n        deliveredOn\n        objectives {\n          code\n          title\n        }\n        source {\n          title\n          url\n        }\n      }\n    }\n    boards(first: 10) {\n      totalCount\n      nodes {\n        name\n        type\n        status\n        independence\n      }\n    }\n  }\n}": typeof types.ForceAppHertfordshireDocument,
    "query NationalProgress($first: Int = 50) {\n  forces(first: $first) {\n    totalCount\n    nodes {\n      id\n      name\n      kind\n      region {\n        name\n      }\n      evidence {\n        totalCount\n      }\n      delivered: evidence(filter: {status: [DELIVERED, VERIFIED]}) {\n        totalCount\n      }\n      boards {\n        totalCount\n      }\n    }\n  }\n  objectives(first: 50) {\n    totalCount\n    nodes {\n      code\n      title\n      kind\n      planVersion {\n        id\n      }\n      evidence {\n        totalCount\n      }\n    }\n  }\n}": typeof types.NationalProgressDocument,
    "query ForceSummary($id: ID!) {\n  force(id: $id) {\n    id\n    name\n    country\n    kind\n    pfaCode\n    collaborationPartners {\n      id\n    }\n    evidence {\n      totalCount\n    }\n  }\n}": typeof types.ForceSummaryDocument,
};
const documents: Documents = {
    "query BiEvidenceTable($first: Int = 100, $after: String, $status: [EvidenceStatus!] = [PLANNED, IN_PROGRESS, DELIVERED, VERIFIED], $forceIds: [ID!]) {\n  evidence(\n    first: $first\n    after: $after\n    filter: {status: $status, forceIds: $forceIds, includeCollaborations: true}\n    orderBy: {field: TITLE}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      title\n      kind\n      status\n      startedOn\n      deliveredOn\n      verifiedOn\n      provenance\n      sourceUrl\n      ownerForce {\n        id\n        name\n      }\n      ownerCollaboration {\n        id\n        shortName\n      }\n      updatedAt\n    }\n  }\n}": types.BiEvidenceTableDocument,
    "query ForceAppHertfordshire($id: ID! = \"hertfordshire\") {\n  force(id: $id) {\n    id\n    name\n    pfaCode\n    region {\n      name\n    }\n    collaborations {\n      collaboration {\n        id\n        name\n        shortName\n        kind\n      }\n      joinedOn\n    }\n    collaborationPartners {\n      id\n      name\n    }\n    evidence(first: 10, orderBy: {field: DELIVERED_ON, direction: DESC}) {\n      totalCount\n      nodes {\n        title\n        kind\n        status\n        deliveredOn\n        objectives {\n          code\n          title\n        }\n        source {\n          title\n          url\n        }\n      }\n    }\n    boards(first: 10) {\n      totalCount\n      nodes {\n        name\n        type\n        status\n        independence\n      }\n    }\n  }\n}": types.ForceAppHertfordshireDocument,
    "query NationalProgress($first: Int = 50) {\n  forces(first: $first) {\n    totalCount\n    nodes {\n      id\n      name\n      kind\n      region {\n        name\n      }\n      evidence {\n        totalCount\n      }\n      delivered: evidence(filter: {status: [DELIVERED, VERIFIED]}) {\n        totalCount\n      }\n      boards {\n        totalCount\n      }\n    }\n  }\n  objectives(first: 50) {\n    totalCount\n    nodes {\n      code\n      title\n      kind\n      planVersion {\n        id\n      }\n      evidence {\n        totalCount\n      }\n    }\n  }\n}": types.NationalProgressDocument,
    "query ForceSummary($id: ID!) {\n  force(id: $id) {\n    id\n    name\n    country\n    kind\n    pfaCode\n    collaborationPartners {\n      id\n    }\n    evidence {\n      totalCount\n    }\n  }\n}": types.ForceSummaryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BiEvidenceTable($first: Int = 100, $after: String, $status: [EvidenceStatus!] = [PLANNED, IN_PROGRESS, DELIVERED, VERIFIED], $forceIds: [ID!]) {\n  evidence(\n    first: $first\n    after: $after\n    filter: {status: $status, forceIds: $forceIds, includeCollaborations: true}\n    orderBy: {field: TITLE}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      title\n      kind\n      status\n      startedOn\n      deliveredOn\n      verifiedOn\n      provenance\n      sourceUrl\n      ownerForce {\n        id\n        name\n      }\n      ownerCollaboration {\n        id\n        shortName\n      }\n      updatedAt\n    }\n  }\n}"): (typeof documents)["query BiEvidenceTable($first: Int = 100, $after: String, $status: [EvidenceStatus!] = [PLANNED, IN_PROGRESS, DELIVERED, VERIFIED], $forceIds: [ID!]) {\n  evidence(\n    first: $first\n    after: $after\n    filter: {status: $status, forceIds: $forceIds, includeCollaborations: true}\n    orderBy: {field: TITLE}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      title\n      kind\n      status\n      startedOn\n      deliveredOn\n      verifiedOn\n      provenance\n      sourceUrl\n      ownerForce {\n        id\n        name\n      }\n      ownerCollaboration {\n        id\n        shortName\n      }\n      updatedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForceAppHertfordshire($id: ID! = \"hertfordshire\") {\n  force(id: $id) {\n    id\n    name\n    pfaCode\n    region {\n      name\n    }\n    collaborations {\n      collaboration {\n        id\n        name\n        shortName\n        kind\n      }\n      joinedOn\n    }\n    collaborationPartners {\n      id\n      name\n    }\n    evidence(first: 10, orderBy: {field: DELIVERED_ON, direction: DESC}) {\n      totalCount\n      nodes {\n        title\n        kind\n        status\n        deliveredOn\n        objectives {\n          code\n          title\n        }\n        source {\n          title\n          url\n        }\n      }\n    }\n    boards(first: 10) {\n      totalCount\n      nodes {\n        name\n        type\n        status\n        independence\n      }\n    }\n  }\n}"): (typeof documents)["query ForceAppHertfordshire($id: ID! = \"hertfordshire\") {\n  force(id: $id) {\n    id\n    name\n    pfaCode\n    region {\n      name\n    }\n    collaborations {\n      collaboration {\n        id\n        name\n        shortName\n        kind\n      }\n      joinedOn\n    }\n    collaborationPartners {\n      id\n      name\n    }\n    evidence(first: 10, orderBy: {field: DELIVERED_ON, direction: DESC}) {\n      totalCount\n      nodes {\n        title\n        kind\n        status\n        deliveredOn\n        objectives {\n          code\n          title\n        }\n        source {\n          title\n          url\n        }\n      }\n    }\n    boards(first: 10) {\n      totalCount\n      nodes {\n        name\n        type\n        status\n        independence\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NationalProgress($first: Int = 50) {\n  forces(first: $first) {\n    totalCount\n    nodes {\n      id\n      name\n      kind\n      region {\n        name\n      }\n      evidence {\n        totalCount\n      }\n      delivered: evidence(filter: {status: [DELIVERED, VERIFIED]}) {\n        totalCount\n      }\n      boards {\n        totalCount\n      }\n    }\n  }\n  objectives(first: 50) {\n    totalCount\n    nodes {\n      code\n      title\n      kind\n      planVersion {\n        id\n      }\n      evidence {\n        totalCount\n      }\n    }\n  }\n}"): (typeof documents)["query NationalProgress($first: Int = 50) {\n  forces(first: $first) {\n    totalCount\n    nodes {\n      id\n      name\n      kind\n      region {\n        name\n      }\n      evidence {\n        totalCount\n      }\n      delivered: evidence(filter: {status: [DELIVERED, VERIFIED]}) {\n        totalCount\n      }\n      boards {\n        totalCount\n      }\n    }\n  }\n  objectives(first: 50) {\n    totalCount\n    nodes {\n      code\n      title\n      kind\n      planVersion {\n        id\n      }\n      evidence {\n        totalCount\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForceSummary($id: ID!) {\n  force(id: $id) {\n    id\n    name\n    country\n    kind\n    pfaCode\n    collaborationPartners {\n      id\n    }\n    evidence {\n      totalCount\n    }\n  }\n}"): (typeof documents)["query ForceSummary($id: ID!) {\n  force(id: $id) {\n    id\n    name\n    country\n    kind\n    pfaCode\n    collaborationPartners {\n      id\n    }\n    evidence {\n      totalCount\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;