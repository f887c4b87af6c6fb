import type { Plugin } from 'vite';

const GENERATED_DOCUMENTS = /[\\/]schema[\\/]generated[\\/]graphql\.ts$/;
const DOCUMENT_EXPORT = /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm;
const PREFIX = '\0mentorspace-document:';

/**
 * Codegen's client preset writes every typed document (their ASTs, about
 * 215 KB) into one module, schema/generated/graphql.ts. A bundler places a
 * module in one chunk, so all of them landed in the entry chunk, though the
 * shell needs only a handful. At build time this turns that module's
 * documents into re-exports of one small module each, so every document
 * travels with the pages that use it. The generated file is left as it is:
 * types, tests and the dev server read it unchanged.
 */
export function splitDocuments(): Plugin {
  const documents = new Map<string, string>();
  return {
    name: 'mentorspace-split-documents',
    apply: 'build',
    // Before TypeScript is stripped: the generated lines are matched as codegen writes them.
    enforce: 'pre',
    transform(code, id) {
      if (!GENERATED_DOCUMENTS.test(id)) return null;
      let count = 0;
      const split = code.replace(DOCUMENT_EXPORT, (_line, name: string, ast: string) => {
        documents.set(name, ast);
        count++;
        return `export { ${name} } from ${JSON.stringify(PREFIX + name)};`;
      });
      // If codegen ever changes how it writes documents, fail the build rather than silently ship them all in the entry.
      if (count === 0) this.error(`found no typed documents to split in ${id}: has codegen's output format changed?`);
      return { code: split, map: null };
    },
    resolveId: (id) => (id.startsWith(PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      const ast = documents.get(name);
      if (!ast) this.error(`no typed document called ${name}`);
      return `export const ${name} = ${ast};`;
    },
  };
}
