// The practical limit for the force query: plain `pg` and JSON.stringify on node:http, answering
// `force(id:) { id name }` with the same JSON as the hub. Run by the serving suite as its own process.
// Usage: DATABASE_URL=postgresql://… tsx scripts/bench/baseline.ts <port>
import { createServer } from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const port = Number(process.argv[2] ?? 0);

createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const { variables } = JSON.parse(Buffer.concat(chunks).toString()) as { variables: { id: string } };
  // baseline: force by id
  const { rows } = await pool.query("SELECT id, name FROM force WHERE id = $1", [variables.id]);
  const body = JSON.stringify({ data: { force: rows[0] ? { id: rows[0].id, name: rows[0].name } : null } });
  res.writeHead(200, { "content-type": "application/json" }).end(body);
}).listen(port, "127.0.0.1", () => console.error(`baseline ready on ${port}`));
