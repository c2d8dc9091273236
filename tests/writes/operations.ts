// The write operations the tests send, each selecting the typed result a client switches on.

const result = (success: string) => /* GraphQL */ `
  __typename
  ... on MutationError { message }
  ... on ValidationError { issues { path message } }
  ... on ConflictError { currentVersion }
  ... on NotFoundError { entityType entityId }
  ... on ${success} { evidence { id title status version isPublic published startedOn deliveredOn verifiedOn
      sourceUrl ownerForce { id } ownerCollaboration { id } ownerNational
      objectives { id } forceObjectives { id } source { title url publishedOn } } }
`;

export const createEvidence = /* GraphQL */ `mutation ($input: CreateEvidenceInput!) {
  createEvidence(input: $input) { ${result("MutationCreateEvidenceSuccess")} } }`;
export const updateEvidence = /* GraphQL */ `mutation ($input: UpdateEvidenceInput!) {
  updateEvidence(input: $input) { ${result("MutationUpdateEvidenceSuccess")} } }`;
export const changeEvidenceStatus = /* GraphQL */ `mutation ($input: ChangeEvidenceStatusInput!) {
  changeEvidenceStatus(input: $input) { ${result("MutationChangeEvidenceStatusSuccess")} } }`;
export const linkEvidence = /* GraphQL */ `mutation ($input: EvidenceLinksInput!) {
  linkEvidence(input: $input) { ${result("MutationLinkEvidenceSuccess")} } }`;
export const unlinkEvidence = /* GraphQL */ `mutation ($input: EvidenceLinksInput!) {
  unlinkEvidence(input: $input) { ${result("MutationUnlinkEvidenceSuccess")} } }`;
export const attachEvidenceSource = /* GraphQL */ `mutation ($input: AttachEvidenceSourceInput!) {
  attachEvidenceSource(input: $input) { ${result("MutationAttachEvidenceSourceSuccess")} } }`;

export const evidenceItem = /* GraphQL */ `query ($id: ID!) { evidenceItem(id: $id) { id status published } }`;

export const auditTrail = /* GraphQL */ `query ($filter: AuditFilter, $first: Int) {
  auditTrail(filter: $filter, first: $first) {
    totalCount
    nodes { id at actor actorRole action entityType entityId ownerForceId ownerCollaborationId ownerNational before after }
  } }`;

export const myDrafts = /* GraphQL */ `query { myDrafts(first: 100) { totalCount nodes { id title ownerForce { id } ownerCollaboration { id } } } }`;
