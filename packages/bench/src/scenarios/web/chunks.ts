import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One built file under dist/assets, with what it weighs on the wire. */
export type Chunk = {
  file: string;
  kind: 'js' | 'css';
  rawBytes: number;
  gzipBytes: number;
  /** Loaded by index.html itself (script, modulepreload or stylesheet), so the first page load waits for it. */
  initial: boolean;
};

export type ChunkReport = {
  builtAt: string;
  /** What the session room's page loads after the initial chunks (static imports of its lazy chunk, transitively). */
  sessionRoute: { chunks: string[]; gzipBytes: number };
  chunks: Chunk[];
  initialJsGzipBytes: number;
  initialCssGzipBytes: number;
  allJsGzipBytes: number;
};

/** gzip at level 9, as a CDN or reverse proxy compressing static files would. */
const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/**
 * The assets index.html loads before the app can render: its module script,
 * the modulepreload links Vite adds for that script's static imports, and its
 * stylesheets. Everything else is loaded later by a lazy route or component.
 */
export function initialAssets(indexHtml: string): Set<string> {
  const tags = indexHtml.match(/<(script|link)\b[^>]*>/g) ?? [];
  const files = new Set<string>();
  for (const tag of tags) {
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreloadOrStyle = /rel="(modulepreload|stylesheet)"/.test(tag);
    const address = /(?:src|href)="\/assets\/([^"]+)"/.exec(tag)?.[1];
    if (address && (isScript || isPreloadOrStyle)) files.add(address);
  }
  return files;
}

/** Sizes every JS and CSS file of a built web app (packages/web/dist after `pnpm build`). */
export async function measureChunks(distDir: string): Promise<ChunkReport> {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} does not exist: build the web app first (pnpm build).`);
  const initial = initialAssets(await readFile(indexPath, 'utf8'));
  const assets = join(distDir, 'assets');
  const chunks: Chunk[] = [];
  for (const file of (await readdir(assets)).sort()) {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
    if (!kind) continue;
    const bytes = await readFile(join(assets, file));
    chunks.push({ file, kind, rawBytes: bytes.length, gzipBytes: gzipSize(bytes), initial: initial.has(file) });
  }
  const missing = [...initial].filter((file) => !chunks.some((chunk) => chunk.file === file));
  if (missing.length) throw new Error(`index.html loads ${missing.join(', ')}, which are not in ${assets}`);
  const sum = (list: Chunk[]) => list.reduce((total, chunk) => total + chunk.gzipBytes, 0);
  const roomChunks = await routeChunks(assets, 'SessionPage', initial);
  return {
    builtAt: (await stat(indexPath)).mtime.toISOString(),
    sessionRoute: { chunks: roomChunks, gzipBytes: sum(chunks.filter((c) => roomChunks.includes(c.file))) },
    chunks,
    initialJsGzipBytes: sum(chunks.filter((c) => c.initial && c.kind === 'js')),
    initialCssGzipBytes: sum(chunks.filter((c) => c.initial && c.kind === 'css')),
    allJsGzipBytes: sum(chunks.filter((c) => c.kind === 'js')),
  };
}

/**
 * The chunks a lazy page needs beyond the initial ones: its own chunk (named
 * after the page component) and everything it imports statically, which
 * Vite's preload helper fetches together when the route is visited.
 */
async function routeChunks(assets: string, page: string, initial: Set<string>): Promise<string[]> {
  const files = await readdir(assets);
  const start = files.filter((file) => file.startsWith(`${page}-`) && file.endsWith('.js'));
  if (!start.length) throw new Error(`no ${page}-*.js chunk in ${assets}: was the page renamed?`);
  const seen = new Set<string>();
  const pending = [...start];
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file) || initial.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(assets, file), 'utf8');
    for (const match of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) pending.push(match[1]!);
  }
  return [...seen].sort();
}
