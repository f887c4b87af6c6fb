import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from './errors.js';

/** NUL, and UTF-16 surrogates that are not part of a pair: Postgres can store neither (text nor jsonb). */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function inValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = inValue(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = UNSTORABLE.test(key) ? `${path}.${JSON.stringify(key)}` : inValue(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Where a document's own string literals hold such text, by document: a
 * document never changes, and the same one serves every operation sent with
 * its text (see `checkedDocument`), so its literals are looked at once.
 */
const literalsChecked = new WeakMap<DocumentNode, string | null>();

function inLiterals(document: DocumentNode): string | null {
  let where = literalsChecked.get(document);
  if (where !== undefined) return where;
  where = null;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (!where && UNSTORABLE.test(node.value)) where = `a string literal at line ${node.loc?.startToken.line ?? '?'}`;
    },
  });
  literalsChecked.set(document, where);
  return where;
}

/**
 * Refuses text no database column can hold, wherever it comes in: in the
 * variables or as a literal in the document. Checked before anything runs,
 * so such input is the caller's BAD_USER_INPUT rather than a failed write.
 */
export function refuseUnstorableText(document: DocumentNode, variables: Record<string, unknown>): GraphQLError | null {
  const where = inValue(variables, '$') ?? inLiterals(document);
  return where
    ? new GraphQLError(`Text may not contain NUL characters or unpaired UTF-16 surrogates (${where}).`, {
        extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
      })
    : null;
}
