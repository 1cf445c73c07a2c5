import autocannon from 'autocannon';
import type { RunningServer, Session } from './server';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface LoadResult {
  connections: number;
  /** Responses received (any status). */
  requests: number;
  /** Requests sent and not answered when the run ended (cut off by its time bound). */
  unanswered: number;
  /** Responses per second over the run. */
  rps: number;
  /** Null when nothing was answered. */
  latencyMs: Latency | null;
  /** Reads with several requests: each request's own latencies, in the order of `requests`. */
  byRequest?: { requests: number; latencyMs: Latency | null }[];
  /** Non-2xx responses. */
  non2xx: number;
  statusCodes: Record<string, number>;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  seconds: number;
  /** Highest server RSS sampled during the run (MB). */
  rssMaxMb: number | null;
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** The value at percentile `p` (0–100) of sorted values, nearest rank. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** p50/p95/p99, mean and max of the response times (exact, nearest rank). */
export function latencyOf(values: number[]): Latency | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: r2(percentile(sorted, 50)),
    p95: r2(percentile(sorted, 95)),
    p99: r2(percentile(sorted, 99)),
    mean: r2(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    max: r2(sorted.at(-1) ?? 0),
  };
}

/**
 * One bounded load run with autocannon from this process: `connections`
 * keep-alive connections, each cycling through `requests` (or taking the next
 * request from `next`, for writes, until `amount` requests are sent), for at
 * most `seconds`. Latencies are every response's own time (exact p95, which
 * autocannon's summary does not give).
 */
export async function runLoad(o: {
  server: RunningServer;
  session: Session;
  connections: number;
  seconds: number;
  requests?: LoadRequest[];
  next?: () => LoadRequest;
  amount?: number;
}): Promise<LoadResult> {
  const headers = { cookie: o.session.cookie, 'x-csrf-token': o.session.csrfToken };
  const toRequest = (r: LoadRequest): autocannon.Request => ({
    method: r.method,
    path: r.path,
    ...(r.body ? { body: r.body, headers: { 'content-type': 'application/json' } } : {}),
  });
  const requests: autocannon.Request[] = o.next
    ? [
        {
          setupRequest: (req) => {
            const r = toRequest(o.next!());
            return { ...req, ...r, headers: { ...req.headers, ...r.headers } };
          },
        },
      ]
    : (o.requests ?? []).map(toRequest);
  const latencies: number[] = [];
  // Each connection cycles through the requests in order, one at a time: its k-th response answers request k mod n.
  const perRequest: number[][] = requests.map(() => []);
  const answered = new Map<object, number>();
  const statusCodes: Record<string, number> = {};
  let rssMax: number | null = null;
  const sample = () => {
    const v = o.server.rssMb();
    if (v !== null) rssMax = Math.max(rssMax ?? 0, v);
  };
  const sampler = setInterval(sample, 250);
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${o.server.port}`,
          connections: o.connections,
          // With `amount` autocannon ignores the duration: the timer below bounds the run instead.
          ...(o.amount ? { amount: o.amount } : { duration: o.seconds }),
          headers,
          requests,
          timeout: 30,
          // Checks the stop flag every 100 ms (default 1 s), so a run ends close to its duration.
          sampleInt: 100,
        },
        (err, res) => (err ? reject(err) : resolve(res)),
      );
      instance.on('response', (client, statusCode, _bytes, responseTime) => {
        latencies.push(responseTime);
        const k = answered.get(client) ?? 0;
        answered.set(client, k + 1);
        perRequest[k % perRequest.length].push(responseTime);
        statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
      });
      if (o.amount) timer = setTimeout(() => instance.stop(), o.seconds * 1000);
    });
    sample();
    // autocannon ends a run within one sample interval (100 ms) of its time bound or its last answer.
    const seconds = (performance.now() - started) / 1000;
    const non2xx = Object.entries(statusCodes)
      .filter(([code]) => !code.startsWith('2'))
      .reduce((a, [, n]) => a + n, 0);
    return {
      connections: o.connections,
      requests: latencies.length,
      unanswered: Math.max(0, (result.requests.sent ?? latencies.length) - latencies.length),
      rps: seconds > 0 ? r2(latencies.length / seconds) : 0,
      latencyMs: latencyOf(latencies),
      ...(!o.next && perRequest.length > 1 ? { byRequest: perRequest.map((l) => ({ requests: l.length, latencyMs: latencyOf(l) })) } : {}),
      non2xx,
      statusCodes,
      errors: result.errors,
      timeouts: result.timeouts,
      seconds: r2(seconds),
      rssMaxMb: rssMax,
    };
  } finally {
    clearInterval(sampler);
    if (timer) clearTimeout(timer);
  }
}
