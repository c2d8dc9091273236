/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BoardStatus =
  /** Meeting. */
  | 'ACTIVE'
  /** No longer meeting. */
  | 'CLOSED'
  /** Announced or being set up; not yet meeting. */
  | 'PROPOSED';

/** Kinds of boards and groups through which communities and staff scrutinise and advise a force. */
export type BoardType =
  /** A community group, e.g. reviewing body-worn video of stop and search and use of force. */
  | 'COMMUNITY_COHESION_GROUP'
  /** An external diversity, equality and inclusion board. */
  | 'EXTERNAL_DEI_BOARD'
  /** An Independent Advisory Group (IAG). */
  | 'INDEPENDENT_ADVISORY_GROUP'
  /** The Independent Scrutiny and Oversight Board (ISOB) of the plan. */
  | 'INDEPENDENT_SCRUTINY_OVERSIGHT_BOARD'
  /** The plan's National Community Reference Group. */
  | 'NATIONAL_COMMUNITY_REFERENCE_GROUP'
  /** None of the above. */
  | 'OTHER'
  /** A Police Accountability Meeting (PAM). */
  | 'POLICE_ACCOUNTABILITY_MEETING'
  /** A force's Race (and) Inclusion Board, e.g. of community volunteers. */
  | 'RACE_INCLUSION_BOARD'
  /** A staff network or association acting as a board. */
  | 'STAFF_NETWORK'
  /** A young people's board. */
  | 'YOUTH_BOARD';

export type CollaborationKind =
  | 'BI_FORCE'
  | 'NATIONAL'
  | 'REGIONAL'
  | 'TRI_FORCE';

export type Country =
  | 'ENGLAND'
  | 'GREAT_BRITAIN'
  | 'NORTHERN_IRELAND'
  | 'WALES';

/** The ethnic classification a figure was published in. */
export type EthnicClassification =
  /** Census 2011, 18 categories held (Chinese in Asian, Arab in Other). */
  | 'CENSUS_2011'
  /** Census 2021, 5 broad groups held (Chinese in Asian, Arab in Other). */
  | 'CENSUS_2021'
  /** Home Office workforce tables from March 2021: 'Other ethnic group'; Chinese are in Asian. */
  | 'HOME_OFFICE_2021'
  /** Home Office workforce tables to March 2020: 'Chinese or Other' is one group; Asian excludes Chinese. */
  | 'HOME_OFFICE_PRE_2021';

/** Broad ethnic group (the Census 2021 five groups) plus NOT_STATED. Home Office workforce tables' 'Chinese or other' is counted under OTHER. */
export type EthnicGroup =
  | 'ASIAN'
  | 'BLACK'
  | 'MIXED'
  | 'NOT_STATED'
  | 'OTHER'
  | 'WHITE';

/** What kind of work the evidence describes. */
export type EvidenceKind =
  /** Work of a board or community scrutiny group. */
  | 'BOARD_ACTIVITY'
  /** A campaign, e.g. Positive Action recruitment. */
  | 'CAMPAIGN'
  /** Data published or analysed. */
  | 'DATASET'
  /** Engagement with communities. */
  | 'ENGAGEMENT'
  /** None of the above. */
  | 'OTHER'
  /** A policy adopted or revised (e.g. an anti-racism policy). */
  | 'POLICY'
  /** A change to how something is done (e.g. stop and search supervision). */
  | 'PROCESS_CHANGE'
  /** Support for or work with a staff network or association. */
  | 'STAFF_NETWORK'
  /** A survey, e.g. a Black workforce survey. */
  | 'SURVEY'
  /** Training or learning (e.g. Black history, race input for student officers). */
  | 'TRAINING'
  /** A unit or team set up (e.g. a DEI unit). */
  | 'UNIT';

/** How far a piece of evidence has got, and who vouches for it. */
export type EvidenceStatus =
  /** Done, on the owner's own word (e.g. launched, published, a board that now meets). Not checked by anyone else. */
  | 'DELIVERED'
  /** Work under way (e.g. “currently underway”, “working towards”). */
  | 'IN_PROGRESS'
  /** Announced or intended; not started (e.g. “looking to set up”). */
  | 'PLANNED'
  /** Delivery confirmed by someone other than the owner (e.g. independent scrutiny or inspection); see verifiedOn. A force's press release alone is never VERIFIED. */
  | 'VERIFIED'
  /** Stopped or retracted; kept so the record is complete. */
  | 'WITHDRAWN';

/** TERRITORIAL: one of the 43 forces of England and Wales (or PSNI); SPECIAL: e.g. British Transport Police. */
export type ForceKind =
  | 'SPECIAL'
  | 'TERRITORIAL';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'NOT_STATED'
  | 'PREFER_NOT_TO_SAY'
  | 'SELF_DESCRIBED';

/** Who leads a board, as far as the source says. */
export type Independence =
  /** Led by community members. */
  | 'COMMUNITY_LED'
  /** Chaired by someone independent of the police. */
  | 'INDEPENDENT_CHAIR'
  /** The source does not say who chairs (who sits on a board is not who leads it). */
  | 'NOT_KNOWN'
  /** Chaired by a police officer or staff member. */
  | 'POLICE_CHAIRED';

export type ObjectiveKind =
  /** A commitment named by the plan (e.g. mandatory training on Black history). */
  | 'COMMITMENT'
  /** A key performance measure that underpins the standards. */
  | 'KEY_MEASURE'
  /** An objective of the plan. */
  | 'OBJECTIVE'
  /** A standard of the Anti-Racism Commitment's maturity matrix. */
  | 'STANDARD';

/** How a row came into the hub. */
export type Provenance =
  /** Entered by the owning force itself; its own claim. */
  | 'FORCE_SUBMITTED'
  /** Loaded from a data file by an importer. */
  | 'IMPORTED'
  /** Taken from a public publication (see `source`). */
  | 'PUBLISHED_SOURCE';

/** Police officer rank, highest first. CHIEF_OFFICER covers ACC/Commander and above. */
export type Rank =
  | 'CHIEF_INSPECTOR'
  /** Assistant Chief Constable (Commander in London) and above. */
  | 'CHIEF_OFFICER'
  | 'CHIEF_SUPERINTENDENT'
  | 'CONSTABLE'
  | 'INSPECTOR'
  /** Worker types without ranks (staff, PCSOs). */
  | 'NOT_APPLICABLE'
  | 'SERGEANT'
  | 'SUPERINTENDENT';

export type WorkerType =
  | 'DESIGNATED_OFFICER'
  | 'PCSO'
  | 'POLICE_OFFICER'
  | 'POLICE_STAFF'
  | 'SPECIAL_CONSTABLE';

/** Ethnicity exactly as the Home Office workforce table records it. */
export type WorkforceEthnicity =
  | 'ASIAN'
  | 'BLACK'
  | 'CHINESE_OR_OTHER'
  | 'MIXED'
  | 'NOT_STATED'
  | 'OTHER'
  | 'WHITE';

export type BiEvidenceTableQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: Array<EvidenceStatus> | EvidenceStatus | null | undefined;
  forceIds?: Array<string | number> | string | number | null | undefined;
}>;


export type BiEvidenceTableQuery = { evidence: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, kind: EvidenceKind, status: EvidenceStatus, startedOn: string | null, deliveredOn: string | null, verifiedOn: string | null, provenance: Provenance, sourceUrl: string | null, updatedAt: string, ownerForce: { id: string, name: string } | null, ownerCollaboration: { id: string, shortName: string | null } | null }> } };

export type BiWorkforceTableQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  years?: Array<number> | number | null | undefined;
  ranks?: Array<Rank> | Rank | null | undefined;
  forceIds?: Array<string | number> | string | number | null | undefined;
}>;


export type BiWorkforceTableQuery = { workforce: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ asAt: string, year: number, workerType: WorkerType, rank: Rank, gender: Gender, ethnicity: WorkforceEthnicity, ethnicGroup: EthnicGroup, classification: EthnicClassification, headcount: number | null, suppressed: boolean, fte: number | null, force: { id: string } }> } };

export type ForceAppHertfordshireQueryVariables = Exact<{
  id?: string | number;
}>;


export type ForceAppHertfordshireQuery = { force: { id: string, name: string, pfaCode: string | null, region: { name: string } | null, collaborations: Array<{ joinedOn: string | null, collaboration: { id: string, name: string, shortName: string | null, kind: CollaborationKind } }>, collaborationPartners: Array<{ id: string, name: string }>, evidence: { totalCount: number, nodes: Array<{ title: string, kind: EvidenceKind, status: EvidenceStatus, deliveredOn: string | null, objectives: Array<{ code: string, title: string }>, source: { title: string, url: string | null } | null }> }, boards: { totalCount: number, nodes: Array<{ name: string, type: BoardType, status: BoardStatus, independence: Independence }> } } | null };

export type NationalProgressQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type NationalProgressQuery = { forces: { totalCount: number, nodes: Array<{ id: string, name: string, kind: ForceKind, region: { name: string } | null, evidence: { totalCount: number }, delivered: { totalCount: number }, boards: { totalCount: number } }> }, objectives: { totalCount: number, nodes: Array<{ code: string, title: string, kind: ObjectiveKind, planVersion: { id: string }, evidence: { totalCount: number } }> } };

export type NationalRepresentationQueryVariables = Exact<{
  ranks?: Array<Rank> | Rank | null | undefined;
  censusYear?: number | null | undefined;
}>;


export type NationalRepresentationQuery = { nationalRepresentation: { asAt: string, censusYear: number, statedHeadcount: number | null, notStatedHeadcount: number | null, black: { headcount: number | null, share: number | null, populationShare: number | null, ratio: number | null, ratioInterval: { lower: number, upper: number } | null }, minority: { headcount: number | null, ratio: number | null, gapPercentagePoints: number | null, headcountNeeded: number | null } } | null, forces: { totalCount: number, nodes: Array<{ id: string, name: string, representation: { asAt: string, statedHeadcount: number | null, black: { headcount: number | null, ratio: number | null, suppressed: boolean }, minority: { headcount: number | null, ratio: number | null, gapPercentagePoints: number | null, suppressed: boolean, ratioInterval: { lower: number, upper: number } | null } } | null }> } };

export type ForceSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type ForceSummaryQuery = { force: { id: string, name: string, country: Country, kind: ForceKind, pfaCode: string | null, collaborationPartners: Array<{ id: string }>, evidence: { totalCount: number } } | null };


export const BiEvidenceTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BiEvidenceTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceStatus"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PLANNED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"DELIVERED"},{"kind":"EnumValue","value":"VERIFIED"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"forceIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeCollaborations"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ownerForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerCollaboration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<BiEvidenceTableQuery, BiEvidenceTableQueryVariables>;
export const BiWorkforceTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BiWorkforceTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"IntValue","value":"2006"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ranks"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Rank"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forceIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workforce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"years"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"ranks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ranks"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"forceIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forceIds"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"withHeadcount"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"FORCE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"force"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"workerType"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicGroup"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}}]}}]}}]} as unknown as DocumentNode<BiWorkforceTableQuery, BiWorkforceTableQueryVariables>;
export const ForceAppHertfordshireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForceAppHertfordshire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"hertfordshire","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"force"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pfaCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DELIVERED_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"independence"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForceAppHertfordshireQuery, ForceAppHertfordshireQueryVariables>;
export const NationalProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"delivered"},"name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DELIVERED"},{"kind":"EnumValue","value":"VERIFIED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NationalProgressQuery, NationalProgressQueryVariables>;
export const NationalRepresentationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalRepresentation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ranks"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Rank"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"censusYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalRepresentation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ranks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ranks"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"censusYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"censusYear"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"censusYear"}},{"kind":"Field","name":{"kind":"Name","value":"statedHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"notStatedHeadcount"}},{"kind":"Field","alias":{"kind":"Name","value":"black"},"name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"EnumValue","value":"BLACK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"ratioInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"minority"},"name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"EnumValue","value":"MINORITY_ETHNIC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"gapPercentagePoints"}},{"kind":"Field","name":{"kind":"Name","value":"headcountNeeded"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"TERRITORIAL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"representation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ranks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ranks"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"censusYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"censusYear"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"statedHeadcount"}},{"kind":"Field","alias":{"kind":"Name","value":"black"},"name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"EnumValue","value":"BLACK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"minority"},"name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"EnumValue","value":"MINORITY_ETHNIC"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"ratioInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapPercentagePoints"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NationalRepresentationQuery, NationalRepresentationQueryVariables>;
export const ForceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForceSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"force"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"pfaCode"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<ForceSummaryQuery, ForceSummaryQueryVariables>;