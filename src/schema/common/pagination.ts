/** Page sizes for every connection: small default, hard ceiling so one request cannot drain a table. */
export const pageSize = { defaultSize: 25, maxSize: 100 } as const;
