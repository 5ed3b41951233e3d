// Replaces dist/main.js in the deliberately broken release: the process runs, but
// /health/ready answers 503 forever, so the deploy must roll back.
import http from 'node:http';

const server = http.createServer((req, res) => {
  const live = req.url === '/health/live';
  res.writeHead(live ? 200 : 503, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: live ? 'ok' : 'error', reason: 'deliberately broken release' }));
});
server.listen(Number(process.env.PORT ?? 8000), process.env.HOST ?? '0.0.0.0');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
