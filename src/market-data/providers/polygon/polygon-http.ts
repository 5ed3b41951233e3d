import { promisify } from 'node:util';
import { brotliDecompress, unzip, unzipSync } from 'node:zlib';
import axios, { type AxiosInstance } from 'axios';

/** What one HTTP attempt produced; never an axios error (those carry the Authorization header). */
export type HttpAnswer =
  | { type: 'response'; status: number; body: Buffer; requestId?: string; retryAfter?: string }
  | { type: 'timeout' }
  | { type: 'network'; code?: string };

const MAX_BODY_BYTES = 64 * 1024 * 1024;
const MIN_INFLATE_CHUNK_BYTES = 16 * 1024;
const MAX_INFLATE_CHUNK_BYTES = 1024 * 1024;
/**
 * Inflating in place blocks the event loop, so it is bounded by what was received: JSON inflates ~10×,
 * a gzip bomb ~1,000×. A body that inflates further is inflated again on the thread pool (64 MB cap).
 */
const MAX_SYNC_INFLATE_RATIO = 64;
const MIN_SYNC_INFLATE_BYTES = 1024 * 1024;

const brotliBody = promisify(brotliDecompress);
const unzipBody = promisify(unzip);

/**
 * GET with the Bearer key, a whole-request deadline and bodies as inflated bytes (UTF-8 JSON, decoded by
 * the parser that reads them). The key and the axios
 * instance live in #private fields, so logging or serializing this object cannot reveal them.
 */
export class PolygonHttp {
  readonly #axios: AxiosInstance;
  readonly #timeoutMs: number;

  constructor(apiKey: string, timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
    this.#axios = axios.create({
      headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json', 'Accept-Encoding': 'gzip' },
      // Raw bytes, inflated here in one call rather than by axios's per-chunk zlib stream (a third less
      // CPU per ten-year series); the parser then reads the text and keeps numbers' source digits.
      responseType: 'arraybuffer',
      decompress: false,
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true, // statuses are classified by the caller, not thrown by axios
      maxRedirects: 0, // a redirect could carry the Authorization header elsewhere
      maxContentLength: MAX_BODY_BYTES,
    });
  }

  /** Rejects only when the caller's signal aborts (with its reason); every other failure is an answer. */
  async get(url: string, signal?: AbortSignal): Promise<HttpAnswer> {
    signal?.throwIfAborted();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#timeoutMs);
    const onAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await this.#axios.get<Buffer>(url, { signal: controller.signal });
      const body = await decodeBody(response.data, headerValue(response.headers['content-encoding']));
      if (!Buffer.isBuffer(body)) return body;
      return {
        type: 'response',
        status: response.status,
        body,
        requestId: headerValue(response.headers['x-request-id']),
        retryAfter: headerValue(response.headers['retry-after']),
      };
    } catch (error) {
      if (signal?.aborted) throw signal.reason; // the caller cancelled: not Polygon's failure
      const code = axios.isAxiosError(error) && typeof error.code === 'string' ? error.code : undefined;
      if (timedOut || code === 'ECONNABORTED' || code === 'ETIMEDOUT') return { type: 'timeout' };
      return { type: 'network', code: code && /^[A-Z_]{1,40}$/.test(code) ? code : undefined };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

/** The body's bytes, inflated as its Content-Encoding says (the limit applies to the inflated size too). */
async function decodeBody(data: unknown, encoding: string | undefined): Promise<Buffer | HttpAnswer> {
  if (!Buffer.isBuffer(data) || data.length === 0) return Buffer.alloc(0);
  const coding = encoding?.trim().toLowerCase() ?? '';
  try {
    if (coding === '' || coding === 'identity') return data;
    const options = { maxOutputLength: MAX_BODY_BYTES };
    if (coding === 'gzip' || coding === 'x-gzip' || coding === 'deflate') {
      // Inflated in place, in about one output chunk (JSON inflates ~10×): a ten-year series takes ~0.2 ms,
      // while the thread pool's default 16 KB chunks cost a round trip each, three times the inflate's CPU.
      return inflateInPlace(data) ?? (await unzipBody(data, options));
    }
    if (coding === 'br') return await brotliBody(data, options);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return {
      type: 'network',
      code: typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : undefined,
    };
  }
  return { type: 'network', code: 'ERR_CONTENT_ENCODING' };
}

/** The inflated bytes, or undefined when they would exceed MAX_SYNC_INFLATE_RATIO × the body's size. */
export function inflateInPlace(data: Buffer): Buffer | undefined {
  const chunkSize = Math.min(MAX_INFLATE_CHUNK_BYTES, Math.max(MIN_INFLATE_CHUNK_BYTES, data.length * 16));
  const maxOutputLength = Math.min(
    MAX_BODY_BYTES,
    Math.max(MIN_SYNC_INFLATE_BYTES, data.length * MAX_SYNC_INFLATE_RATIO),
  );
  try {
    return unzipSync(data, { chunkSize, maxOutputLength });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' && maxOutputLength < MAX_BODY_BYTES)
      return undefined;
    throw error;
  }
}

function headerValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
