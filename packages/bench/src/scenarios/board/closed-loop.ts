import { Agent, request } from 'node:http';
import { Latencies } from '../../latency.js';

export type LoadResult = { requests: number; failures: number; seconds: number; latencies: Latencies; firstFailure?: string };

/**
 * `concurrency` clients, each sending the next request as soon as the last
 * answered (a closed loop over kept-alive connections), for `seconds`. A
 * request counts only if it answered 200 with data and no errors.
 */
export async function closedLoop(options: {
  url: string;
  token: string;
  body: string;
  concurrency: number;
  seconds: number;
  latencies?: Latencies;
}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies = options.latencies ?? new Latencies();
  const target = new URL(options.url);
  const result: LoadResult = { requests: 0, failures: 0, seconds: 0, latencies };
  const send = () =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}`, 'content-length': Buffer.byteLength(options.body) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(options.body);
    });
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        const { status, body } = await send();
        if (status === 200 && body.startsWith('{"data":{') && !body.includes('"errors":')) {
          latencies.record(performance.now() - sent);
          result.requests++;
        } else {
          result.failures++;
          result.firstFailure ??= `${status} ${body.slice(0, 300)}`;
        }
      } catch (error) {
        result.failures++;
        result.firstFailure ??= String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  result.seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return result;
}

/** One request, its parsed answer (to compare both sides' data). */
export async function fetchOnce(url: string, token: string, body: string): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}
