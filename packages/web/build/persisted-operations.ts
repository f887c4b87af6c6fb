import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { operationIdsFromManifest } from '../src/apollo/operation-ids';

const MODULE_ID = 'virtual:persisted-operation-ids';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * `import ids from 'virtual:persisted-operation-ids'`: the web app's operation
 * names and their hashes in the schema package's manifest, so the app can send
 * a hash instead of a document (trusted documents) without shipping the texts.
 */
export function persistedOperationIds(): Plugin {
  const manifestPath = createRequire(import.meta.url).resolve('@mentorspace/schema/persisted-documents.json');
  return {
    name: 'mentorspace-persisted-operation-ids',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      this.addWatchFile(manifestPath);
      const ids = operationIdsFromManifest(JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>);
      return `export default ${JSON.stringify(ids)};`;
    },
  };
}
