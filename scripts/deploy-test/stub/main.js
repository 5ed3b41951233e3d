// Stand-in for dist/main.js (deploy-test --stub): /health/live, and /health/ready that is 200
// only when the database answers and the stub migration has been applied.
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const server = http.createServer(async (req, res) => {
  if (req.url === '/health/live') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  if (req.url === '/health/ready') {
    try {
      await pool.query('SELECT 1 FROM deploy_test_stub_migrations LIMIT 1');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    } catch (error) {
      res
        .writeHead(503, { 'content-type': 'application/json' })
        .end(JSON.stringify({ status: 'error', error: String(error.message) }));
    }
    return;
  }
  res.writeHead(404).end();
});
server.listen(Number(process.env.PORT ?? 8000), process.env.HOST ?? '0.0.0.0');
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => pool.end().then(() => process.exit(0))));
}
