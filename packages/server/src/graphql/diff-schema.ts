import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema.js';
import { blocking, compareSchemas, report } from './schema-diff.js';

// `pnpm schema:diff [--base <git ref>] [--against <file>]` compares the server's
// schema with the committed one (git HEAD's schema/schema.graphql by default)
// and fails on a breaking change, unless what it removes or changes was
// @deprecated there first. `pnpm test` runs it before schema:check.
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const option = (name: string) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};

async function committedSchema(): Promise<{ sdl: string; from: string } | null> {
  const file = option('--against');
  if (file) return { sdl: await readFile(file, 'utf8'), from: file };
  const ref = option('--base') ?? 'HEAD';
  try {
    const sdl = execFileSync('git', ['show', `${ref}:schema/schema.graphql`], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { sdl, from: `${ref}:schema/schema.graphql` };
  } catch {
    return null;
  }
}

const committed = await committedSchema();
if (!committed) {
  console.log('No committed schema/schema.graphql to compare with (not a git checkout, or no such ref): nothing to check.');
  process.exit(0);
}
// Both sides from SDL, so directives such as @specifiedBy are compared as printed.
const changes = await compareSchemas(committed.sdl, printSchema(lexicographicSortSchema(await createSchema())));
console.log(`Schema changes since ${committed.from}:\n\n${report(changes)}\n`);
const refused = blocking(changes);
if (refused.length) {
  console.error(
    `${refused.length} breaking change(s). Deprecate first (@deprecated(reason: "…")), release, and remove in a later change; see docs/api.md, "Schema changes".`,
  );
  process.exit(1);
}
