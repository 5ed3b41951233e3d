/**
 * The node flags a deployed instance runs with (the Dockerfile's NODE_OPTIONS and CMD, the Ansible role's
 * portfolio_returns_node_options; test/tools/deployed-node-flags.spec.ts keeps the three the same).
 * - A 256 MB old space keeps RSS near the live set.
 * - Old-space limits grow by 2× the live heap after a full GC instead of V8's ~1.5× for a capped heap:
 *   at 1.5× the limit sat within one young generation of the ~47 MB live heap, so bulk work (a populate,
 *   a report) ran a full GC every ~0.35 s, re-marking the start-up heap each time (57 against 11 in a
 *   500-ticker populate, a quarter of the service's CPU).
 * - V8's memory reducer is off: it compacted the start-up heap half a minute after the instance was
 *   ready (0.3–0.45 CPU-s, most of an idle instance's first minute). The service compacts before it
 *   listens and after bursts of work instead (src/common/runtime/heap-compactor.ts).
 */
export const DEPLOYED_NODE_FLAGS = [
  '--max-old-space-size=256',
  '--heap-growing-percent=100',
  '--no-memory-reducer',
];
