import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { securityHeaders } from './http-security.js';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails, problemType } from '../common/problem/problem-details.js';
import { mapErrorToProblem } from '../common/problem/problem-mapper.js';
import { BadRequestProblem } from '../common/problem/problem.exception.js';

/**
 * Problems for the requests rejected before any hook or route runs, so that they too are
 * problem+json with the security headers: the router's malformed URL (400) and over-long path
 * parameter (414), and Node's HTTP parse errors (a Content-Length that is not a number or disagrees
 * with the framing, header overflow, timeouts), which only have the socket to answer on.
 */
export function sendRouterError(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  const { problem } = mapErrorToProblem(error);
  // The URL itself is the bad part: it is neither echoed as `instance` nor logged.
  request.log.warn(
    { request_id: request.id, method: request.method, status: problem.status, code: problem.type },
    'request rejected by the router',
  );
  void reply
    .headers({ ...securityHeaders(), 'x-request-id': String(request.id) })
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...problem, request_id: String(request.id) });
}

/** Node's parse errors by the status we answer with (Fastify's default handler's choice). */
const CLIENT_ERRORS: Record<number, { slug: string; detail: string }> = {
  400: {
    slug: 'malformed-request',
    detail: 'The HTTP request is malformed (for example a Content-Length that does not match the body)',
  },
  408: { slug: 'request-timeout', detail: 'The request was not received in time' },
  431: { slug: 'headers-too-large', detail: 'The request headers are too large' },
};

export function sendClientError(
  this: FastifyInstance,
  error: Error & { code?: string },
  socket: Socket,
): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const { requestId, headers, body } = rawProblem(
    status,
    CLIENT_ERRORS[status].slug,
    CLIENT_ERRORS[status].detail,
  );
  this.log.warn({ request_id: requestId, status, code: error.code }, 'malformed HTTP request');
  writeRawAnswer(socket, status, headers, body);
  socket.destroy(error);
}

/** Writes a whole HTTP/1.1 answer on a socket no response object owns (the caller then closes it). */
function writeRawAnswer(socket: Duplex, status: number, headers: Record<string, string>, body: string): void {
  if (!socket.writable) return;
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
}

/**
 * A problem answered outside Fastify (no reply object to send it through): its body, and the headers every
 * answer carries, closing the connection after it.
 */
function rawProblem(
  status: number,
  slug: string,
  detail: string,
): { requestId: string; headers: Record<string, string>; body: string } {
  const requestId = randomUUID();
  const body = JSON.stringify({
    type: problemType(slug),
    title: STATUS_CODES[status] ?? 'Bad Request',
    status,
    detail,
    request_id: requestId,
  } satisfies ProblemDetails & { request_id: string });
  const headers = {
    ...securityHeaders(),
    'content-type': `${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
    'content-length': String(Buffer.byteLength(body)),
    'x-request-id': requestId,
    connection: 'close',
  };
  return { requestId, headers, body };
}

/**
 * Two answers Node's HTTP server wrote itself, with an empty body and none of our headers: a 400 for
 * an HTTP/1.1 request without Host (so the server is created with `requireHostHeader: false` and this
 * hook refuses it as RFC 9112 §3.2 asks) and a 417 for an `Expect` other than 100-continue (Node asks
 * its `checkExpectation` listeners instead, when there are any). And one it never wrote: a 501 for
 * CONNECT.
 */
export function registerHttpFramingChecks(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request) => {
    if (request.raw.httpVersion === '1.1' && request.headers.host === undefined) {
      throw new BadRequestProblem('An HTTP/1.1 request needs a Host header', 'missing-host');
    }
  });
  fastify.server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    const detail = 'Expect supports only 100-continue';
    const { headers, body } = refuse(fastify, request, 417, 'expectation-failed', detail);
    response.writeHead(417, headers);
    response.end(body);
  });
  // CONNECT asks for a tunnel, which this service is not: Node hands it to 'connect' listeners and, with
  // none, closed the connection without a word.
  fastify.server.on('connect', (request: IncomingMessage, socket: Duplex) => {
    const detail = 'CONNECT is not supported: this service is not a proxy';
    const { headers, body } = refuse(fastify, request, 501, 'not-implemented', detail);
    writeRawAnswer(socket, 501, headers, body);
    socket.end();
  });
}

/** A request Node's server hands to a listener, refused with a raw problem (logged without its URL). */
function refuse(
  fastify: FastifyInstance,
  request: IncomingMessage,
  status: number,
  slug: string,
  detail: string,
): { headers: Record<string, string>; body: string } {
  const { requestId, headers, body } = rawProblem(status, slug, detail);
  fastify.log.warn({ request_id: requestId, method: request.method, status, code: slug }, 'request refused');
  return { headers, body };
}
