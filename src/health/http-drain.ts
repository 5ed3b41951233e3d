import type { Server } from 'node:http';

/**
 * Graceful HTTP stop: the server stops accepting connections at once, idle keep-alive connections are
 * closed (again every 100 ms, as in-flight requests finish), and in-flight requests may complete for at
 * most `timeoutMs`; then the remaining connections are cut. Resolves true when every request finished.
 */
export async function drainHttpServer(server: Server, timeoutMs: number): Promise<boolean> {
  if (!server.listening) return true;
  const closed = new Promise<true>((resolve) => server.close(() => resolve(true)));
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const drained = await Promise.race([closed, timedOut]);
    if (!drained) server.closeAllConnections();
    return drained;
  } finally {
    clearInterval(sweep);
    clearTimeout(timer);
  }
}
