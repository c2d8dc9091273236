/**
 * Names for PostgreSQL prepared statements, one per distinct SQL text. A named statement is parsed
 * once per connection (node-postgres remembers it and sends only Bind/Execute afterwards), and
 * PostgreSQL keeps its parse tree, then a generic plan once five runs show it is no worse. Prisma's
 * statements with relation joins run to kilobytes of LATERAL JSON aggregation, so parsing and planning
 * them was a large part of each request: +22% rps on force + evidence + boards, +40% on the README
 * force-app query (monolith, no response cache, same run).
 *
 * Bounded: every connection and its backend keep each named statement for their lifetime, so after
 * `max` distinct texts further ones run unnamed, as before. A name never stands for two texts (node-postgres
 * refuses that), hence names from a counter rather than a hash.
 */
export function statementNames(max = 2_000): (query: { sql: string }) => string | undefined {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined || names.size >= max) return known;
    const name = `hub_${names.size}`;
    names.set(sql, name);
    return name;
  };
}
