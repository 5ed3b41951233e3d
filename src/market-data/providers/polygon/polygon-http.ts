import axios, { type AxiosInstance } from 'axios';

/** What one HTTP attempt produced; never an axios error (those carry the Authorization header). */
export type HttpAnswer =
  | { type: 'response'; status: number; text: string; requestId?: string; retryAfter?: string }
  | { type: 'timeout' }
  | { type: 'network'; code?: string };

const MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * GET with the Bearer key, a whole-request deadline and raw-text bodies. The key and the axios
 * instance live in #private fields, so logging or serializing this object cannot reveal them.
 */
export class PolygonHttp {
  readonly #axios: AxiosInstance;
  readonly #timeoutMs: number;

  constructor(apiKey: string, timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
    this.#axios = axios.create({
      headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json', 'Accept-Encoding': 'gzip' },
      responseType: 'text',
      transformResponse: [(data: unknown) => data], // raw text: the parser keeps numbers' source digits
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
      const response = await this.#axios.get<string>(url, { signal: controller.signal });
      return {
        type: 'response',
        status: response.status,
        text: typeof response.data === 'string' ? response.data : '',
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

function headerValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
