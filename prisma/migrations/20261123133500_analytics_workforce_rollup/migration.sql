-- Analytics: workforce headcount summed over genders, per rank and over all ranks of a worker type
-- (rank NULL), for trends and rollups that do not slice by gender. Cells printed "-" (NULL headcount)
-- are left out, as the analytics queries leave them out. Refreshed after every workforce import
-- (refreshWorkforceRollup in src/services/analytics/workforce.ts), and not a Prisma model.
CREATE MATERIALIZED VIEW "workforce_rollup" AS
SELECT force_id, as_at, worker_type, rank, ethnicity, sum(headcount)::float8 AS headcount
FROM "workforce_count"
WHERE headcount IS NOT NULL
GROUP BY GROUPING SETS ((force_id, as_at, worker_type, rank, ethnicity), (force_id, as_at, worker_type, ethnicity));

CREATE INDEX "workforce_rollup_worker_type_rank_as_at_idx" ON "workforce_rollup" (worker_type, rank, as_at);
