/** What the Polygon provider reports to metrics; bound to the Prometheus MetricsService by MetricsModule. */
export const POLYGON_METRICS = Symbol('POLYGON_METRICS');

export interface PolygonMetrics {
  polygonRequest(outcome: 'ok' | '429' | '5xx' | 'timeout' | 'error'): void;
}
