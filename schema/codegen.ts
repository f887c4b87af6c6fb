import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Typed documents for every client (web, e2e, bench) from the printed schema and operations/.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string' },
      },
    },
    // persisted/persisted-documents.json maps each operation's sha256 to its text, so the
    // server can run the web app's operations by hash (trusted documents). Apollo Client
    // adds __typename to what it asks for; the manifest's copies must ask for the same.
    // Only the manifest is used from this folder (its documents are reduced to hashes).
    'generated/persisted/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256', mode: 'replaceDocumentWithHash' } },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: { useTypeImports: true, enumsAsTypes: true, onlyOperationTypes: true, scalars: { DateTimeISO: 'string' } },
    },
  },
};

export default config;
