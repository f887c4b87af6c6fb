import {
  GraphQLError,
  getNamedType,
  getOperationAST,
  getVariableValues,
  typeFromAST,
  getNullableType,
  isLeafType,
  isListType,
  specifiedRules,
  validate,
  parse,
  Kind,
  type DocumentNode,
  type SelectionSetNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { ErrorCode, validationCode } from './errors.js';
import { refuseUnstorableText } from './storable-text.js';
import { MAX_PAGE_SIZE } from './relay/connection.js';

/**
 * What one operation may ask for, the same over HTTP and WebSocket. Chosen so
 * every screen of the web app fits well inside, and a hostile query does not.
 */
export const LIMITS = {
  depth: 12,
  aliases: 20,
  directives: 10,
  tokens: 3_000,
  /** The same field (or fragment) selected this many times in one selection set; see `duplicateFieldsRule`. */
  duplicateFields: 5,
  /** `__schema` selections per document: one full introspection is all a tool needs. */
  schemaIntrospections: 1,
  /** Points per operation; see `costOf`. */
  cost: 10_000,
  /** A plain list (not a connection) is assumed to hold this many items. */
  assumedListSize: 10,
  /** One operation per HTTP request: Apollo's batching is off, so a JSON array is refused. */
  httpBodyBytes: 100 * 1024,
  webSocketMessageBytes: 64 * 1024,
  subscriptionsPerConnection: 20,
  connectionInitTimeoutMs: 5_000,
} as const;

/** Armor's rules throw by default; report instead, with a stable code, so clients can tell limits apart. */
const reportAs = (code: ErrorCode) => ({
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      // Apollo replaces validation errors' codes; `limit` survives, and the error formatter restores it.
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code, limit: code } })),
  ],
});

/**
 * graphql-js compares every pair of same-named fields in a selection set
 * (OverlappingFieldsCanBeMerged), so a thousand copies of one field cost it
 * hundreds of milliseconds. Checked on the parsed document before validation
 * (Apollo runs graphql-js's rules first and cannot be stopped from a rule).
 */
export function duplicateFieldsError(document: DocumentNode): GraphQLError | undefined {
  const visit = (selectionSet: SelectionSetNode, counts = new Map<string, number>()): GraphQLError | undefined => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const error = visit(selection.selectionSet, counts); // its fields land in the same selection set
        if (error) return error;
        continue;
      }
      const key = selection.kind === Kind.FIELD ? (selection.alias ?? selection.name).value : `...${selection.name.value}`;
      const count = (counts.get(key) ?? 0) + 1;
      if (count > LIMITS.duplicateFields) {
        return new GraphQLError(`\`${key}\` is selected more than ${LIMITS.duplicateFields} times in one selection set.`, {
          nodes: [selection],
          extensions: { code: ErrorCode.DUPLICATE_FIELDS },
        });
      }
      counts.set(key, count);
      const error = selection.kind === Kind.FIELD && selection.selectionSet ? visit(selection.selectionSet) : undefined;
      if (error) return error;
    }
    return undefined;
  };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const error = visit(definition.selectionSet);
    if (error) return error;
  }
  return undefined;
}

/** Query texts already found within the limit: HTTP requests repeat a few texts, and each is parsed for this check once. */
const withinDuplicateLimit = new LRUCache<string, true>({ max: 1_000, maxSize: 500_000, sizeCalculation: (_passed, text) => Math.max(1, text.length) });

/** For the HTTP path, ahead of Apollo: a document that parses and has too many duplicates. Others go on to Apollo. */
export function duplicateFieldsIn(query: string): GraphQLError | undefined {
  if (withinDuplicateLimit.has(query)) return undefined;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: LIMITS.tokens });
  } catch {
    return undefined; // Apollo reports the syntax error or the token limit
  }
  const error = duplicateFieldsError(document);
  if (!error) withinDuplicateLimit.set(query, true);
  return error;
}

/**
 * graphql-js already refuses introspection nested deeper than a tool needs
 * (MaxIntrospectionDepthRule); this stops the other abuse, asking for the
 * whole schema many times in one document under aliases.
 */
export const introspectionRule: ValidationRule = (context) => {
  let schemas = 0;
  return {
    Field(field) {
      if (field.name.value !== '__schema' || ++schemas !== LIMITS.schemaIntrospections + 1) return;
      context.reportError(
        new GraphQLError(`Ask for \`__schema\` at most ${LIMITS.schemaIntrospections} time per document.`, {
          nodes: [field],
          extensions: { code: ErrorCode.TOO_MUCH_INTROSPECTION, limit: ErrorCode.TOO_MUCH_INTROSPECTION },
        }),
      );
    },
  };
};

export const limitRules: ValidationRule[] = [
  maxDepthRule({ n: LIMITS.depth, flattenFragments: true, ...reportAs(ErrorCode.QUERY_TOO_DEEP) }),
  maxAliasesRule({ n: LIMITS.aliases, ...reportAs(ErrorCode.TOO_MANY_ALIASES) }),
  maxDirectivesRule({ n: LIMITS.directives, ...reportAs(ErrorCode.TOO_MANY_DIRECTIVES) }),
  introspectionRule,
];


/**
 * In the style of Shopify's and GitHub's APIs: scalars and enums are free,
 * every object costs 1; a connection costs 1 + its selection's cost × `first`
 * (or `last`; 20 by default), so nested connections multiply; a plain list of
 * objects counts as `assumedListSize` items.
 */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity, field, type: parent }) => {
  // Introspection is answered from memory, and its shape is bounded by graphql-js's
  // MaxIntrospectionDepthRule and `introspectionRule`: only its root field counts.
  if (parent.name.startsWith('__')) return 0;
  if (field.name === '__schema' || field.name === '__type') return 1;
  const size = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;
  const type = getNullableType(field.type);
  if (getNamedType(type).name.endsWith('Connection')) {
    return 1 + childComplexity * Math.min(size ?? 20, MAX_PAGE_SIZE);
  }
  // A connection's own edges and nodes are the page it already paid for.
  if (parent.name.endsWith('Connection')) return 1 + childComplexity;
  if (isLeafType(getNamedType(type))) return 0;
  if (isListType(type)) return 1 + childComplexity * (size ?? LIMITS.assumedListSize);
  return undefined;
};

/**
 * Costs already worked out. A cost depends on the variables only through page
 * sizes (`first`/`last`, Ints) and `@include`/`@skip` (Booleans), so it is
 * kept per document, operation and the values of those variables: an app's
 * few documents are costed once, not on every request (a chat message's cost
 * is the same whatever its text). Bounded per document, for a caller who
 * varies the page size on every call.
 */
const knownCosts = new WeakMap<DocumentNode, Map<string, number>>();
const KNOWN_COSTS_PER_DOCUMENT = 100;

/** Where the cost can be reused: the operation and its Int and Boolean variables' values; null when the variables do not fit their types. */
function costKey(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): string | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const definitions = operation.variableDefinitions ?? [];
  const values = getVariableValues(schema, definitions, variables);
  if ('errors' in values) return null;
  const shaping = definitions.filter((definition) => {
    const type = typeFromAST(schema, definition.type);
    return type !== undefined && ['Int', 'Boolean'].includes(getNamedType(type).name);
  });
  return JSON.stringify([operationName ?? null, ...shaping.map((definition) => values.coerced[definition.variable.name.value] ?? null)]);
}

/**
 * The operation's cost. Costing reads page sizes from the variables, so it
 * coerces them first: variables that do not fit their types (an unknown enum
 * value, a malformed date) are the caller's mistake, refused here with
 * BAD_USER_INPUT and HTTP 400 before anything runs.
 */
export function costOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  const key = costKey(schema, document, variables, operationName);
  let known = knownCosts.get(document);
  const cost = key === null ? undefined : known?.get(key);
  if (cost !== undefined) return cost;
  const computed = computeCost(schema, document, variables, operationName);
  if (key !== null) {
    if (!known || known.size >= KNOWN_COSTS_PER_DOCUMENT) knownCosts.set(document, (known = new Map()));
    known.set(key, computed);
  }
  return computed;
}

function computeCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName ? { operationName } : {}),
      estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
  }
}

export function tooCostly(cost: number): GraphQLError {
  return new GraphQLError(
    `This operation would cost ${cost} points; the limit is ${LIMITS.cost}. Ask for fewer items per connection (first/last) or split it.`,
    { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost: { requestedQueryCost: cost, maximumAvailable: LIMITS.cost } } },
  );
}

type CheckedDocument = { document: DocumentNode } | { errors: GraphQLError[] };

/**
 * Parsed and validated documents by query text, per schema, as Apollo keeps
 * them for HTTP. A socket's subscription keeps its document for as long as it
 * runs: without this, 10,000 clients subscribed with the same text held 10,000
 * copies of its syntax tree (about 8 KB each with tokens and locations, a
 * quarter of an idle subscription's memory), and each subscribe parsed and
 * validated again. graphql-js never mutates a document, so one copy serves all.
 * Bounded by count and by total text (a syntax tree is some tens of times its text).
 */
const checkedDocuments = new WeakMap<GraphQLSchema, LRUCache<string, CheckedDocument>>();

function checkedDocument(schema: GraphQLSchema, query: string): CheckedDocument {
  let cache = checkedDocuments.get(schema);
  if (!cache) checkedDocuments.set(schema, (cache = new LRUCache({ max: 1_000, maxSize: 500_000, sizeCalculation: (_checked, text) => Math.max(1, text.length) })));
  let checked = cache.get(query);
  if (!checked) cache.set(query, (checked = parseAndValidate(schema, query)));
  return checked;
}

/** What depends on the text alone: syntax, token limit, duplicate fields, validation rules. */
function parseAndValidate(schema: GraphQLSchema, query: string): CheckedDocument {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: LIMITS.tokens });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = /tokens/i.test(message) ? ErrorCode.TOO_MANY_TOKENS : ErrorCode.GRAPHQL_PARSE_FAILED;
    return { errors: [new GraphQLError(message, { extensions: { code } })] };
  }
  const duplicates = duplicateFieldsError(document);
  if (duplicates) return { errors: [duplicates] };
  const invalid = validate(schema, document, [...specifiedRules, ...limitRules]);
  if (invalid.length) {
    return {
      errors: invalid.map(
        (error) =>
          new GraphQLError(error.message, {
            nodes: error.nodes,
            extensions: { code: validationCode(error) },
          }),
      ),
    };
  }
  return { document };
}

/**
 * Parses and checks a document as the HTTP path does, for graphql-ws (which
 * has its own pipeline): token, depth, alias, directive and cost limits.
 */
export function checkOperation(
  schema: GraphQLSchema,
  query: string,
  variables: Record<string, unknown>,
  operationName?: string | null,
): { document: DocumentNode; cost: number } | { errors: GraphQLError[] } {
  const checked = checkedDocument(schema, query);
  if ('errors' in checked) return checked;
  const { document } = checked;
  const unstorable = refuseUnstorableText(document, variables);
  if (unstorable) return { errors: [unstorable] };
  let cost: number;
  try {
    cost = costOf(schema, document, variables, operationName);
  } catch (error) {
    // Over WebSocket there is no HTTP status to set: keep only the code.
    if (error instanceof GraphQLError) return { errors: [new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: error.extensions.code } })] };
    throw error;
  }
  return cost > LIMITS.cost ? { errors: [tooCostly(cost)] } : { document, cost };
}
