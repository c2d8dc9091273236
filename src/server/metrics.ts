import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/**
 * Prometheus metrics of this process at GET /metrics: requests and latency by service and GraphQL
 * operation, errors by code, the database pool, plus prom-client's defaults (event-loop lag, memory, GC).
 * A process may serve several endpoints (gateway and subgraphs): the `service` label tells them apart.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: "hub_" });

const requests = new Counter({
  name: "hub_http_requests_total",
  help: "HTTP requests answered, by service, route and status",
  labelNames: ["service", "route", "status"] as const,
  registers: [registry],
});

const duration = new Histogram({
  name: "hub_graphql_request_duration_seconds",
  help: "Time to answer a GraphQL request, by service and operation name",
  labelNames: ["service", "operation", "status"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

const errors = new Counter({
  name: "hub_graphql_errors_total",
  help: "GraphQL errors sent to clients, by service and extensions.code",
  labelNames: ["service", "code"] as const,
  registers: [registry],
});

type PoolStats = () => { total: number; idle: number; waiting: number } | null;
const pools = new Map<string, PoolStats>();
const poolGauge = new Gauge({
  name: "hub_db_pool_connections",
  help: "Database pool connections by state (PostgreSQL only)",
  labelNames: ["pool", "state"] as const,
  registers: [registry],
  collect() {
    for (const [pool, stats] of pools) {
      const s = stats();
      if (!s) continue;
      this.set({ pool, state: "total" }, s.total);
      this.set({ pool, state: "idle" }, s.idle);
      this.set({ pool, state: "waiting" }, s.waiting);
    }
  },
});
void poolGauge;

/** Reports a database pool's connections under `name` at every scrape. */
export function watchPool(name: string, stats: PoolStats) {
  pools.set(name, stats);
}

// Operation names come from clients: only well-formed ones become labels, and only so many of them.
const knownOperations = new Set<string>();
const maxOperationLabels = 200;
function operationLabel(name: string | undefined) {
  if (!name) return "(anonymous)";
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return "(other)";
  if (knownOperations.has(name)) return name;
  if (knownOperations.size >= maxOperationLabels) return "(other)";
  knownOperations.add(name);
  return name;
}

export function recordRequest(input: {
  service: string;
  route: string;
  status: number;
  seconds: number;
  graphql: boolean;
  operationName?: string;
  errorCodes: readonly string[];
}) {
  const status = String(input.status);
  requests.inc({ service: input.service, route: input.route, status });
  if (!input.graphql) return;
  duration.observe(
    { service: input.service, operation: operationLabel(input.operationName), status },
    input.seconds,
  );
  for (const code of input.errorCodes) errors.inc({ service: input.service, code });
}
