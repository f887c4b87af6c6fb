import { Kind, parse } from 'graphql';

/** Operation name → sha256 (hex) of its copy in the manifest, which the server runs for that hash. */
export type OperationIds = Readonly<Record<string, string>>;

/**
 * Reads the codegen manifest (`"sha256:<hex>": "<document>"`). Names are
 * unique across schema/operations (codegen requires it), so a name picks
 * one hash. Used at build time: the bundle carries names and hashes only.
 */
export function operationIdsFromManifest(manifest: Record<string, string>): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [key, text] of Object.entries(manifest)) {
    const operation = parse(text).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    if (operation?.kind === Kind.OPERATION_DEFINITION && operation.name) ids[operation.name.value] = key.replace(/^sha256:/, '');
  }
  return ids;
}
