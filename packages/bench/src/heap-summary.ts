import { getHeapSnapshot } from 'node:v8';

/** Bytes and object counts on the heap, by constructor (or V8 node type), from a heap snapshot. */
export type HeapSummary = Record<string, { count: number; bytes: number }>;

type Snapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
};

/**
 * Takes a heap snapshot in this process and adds up self sizes by constructor
 * name: two summaries apart show what a thousand more subscriptions hold.
 * Slow (seconds) and memory-hungry: for finding out, not for timed runs.
 */
export async function heapSummary(): Promise<HeapSummary> {
  const chunks: Buffer[] = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(chunk as Buffer);
  const snapshot = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Snapshot;
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size')];
  const summary: HeapSummary = {};
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]!]!;
    const key = type === 'object' || type === 'closure' ? `${type}:${snapshot.strings[snapshot.nodes[i + nameAt]!]}` : type;
    const entry = (summary[key] ??= { count: 0, bytes: 0 });
    entry.count++;
    entry.bytes += snapshot.nodes[i + sizeAt]!;
  }
  return summary;
}

/** What grew between two summaries, largest first. */
export function heapGrowth(before: HeapSummary, after: HeapSummary, top = 25): { what: string; count: number; bytes: number }[] {
  return Object.entries(after)
    .map(([what, entry]) => ({ what, count: entry.count - (before[what]?.count ?? 0), bytes: entry.bytes - (before[what]?.bytes ?? 0) }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}
