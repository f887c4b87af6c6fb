import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  specifiedRules,
  validate,
  parse,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from './errors.js';
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
  /** Points per operation; see `costOf`. */
  cost: 10_000,
  /** A plain list (not a connection) is assumed to hold this many items. */
  assumedListSize: 10,
  /** Operations in one HTTP batch (Apollo's batching is off: one per request). */
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

export const limitRules: ValidationRule[] = [
  maxDepthRule({ n: LIMITS.depth, flattenFragments: true, ...reportAs(ErrorCode.QUERY_TOO_DEEP) }),
  maxAliasesRule({ n: LIMITS.aliases, ...reportAs(ErrorCode.TOO_MANY_ALIASES) }),
  maxDirectivesRule({ n: LIMITS.directives, ...reportAs(ErrorCode.TOO_MANY_DIRECTIVES) }),
];

/**
 * In the style of Shopify's and GitHub's APIs: scalars and enums are free,
 * every object costs 1; a connection costs 1 + its selection's cost × `first`
 * (or `last`; 20 by default), so nested connections multiply; a plain list of
 * objects counts as `assumedListSize` items.
 */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity, field, type: parent }) => {
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

export function costOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName ? { operationName } : {}),
      estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    // Costing coerces the variables first: ones that do not fit their types are the caller's mistake, not ours.
    if (error instanceof GraphQLError) throw new GraphQLError(error.message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
    throw error;
  }
}

export function tooCostly(cost: number): GraphQLError {
  return new GraphQLError(
    `This operation would cost ${cost} points; the limit is ${LIMITS.cost}. Ask for fewer items per connection (first/last) or split it.`,
    { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost: { requestedQueryCost: cost, maximumAvailable: LIMITS.cost } } },
  );
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
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: LIMITS.tokens });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = /tokens/i.test(message) ? ErrorCode.TOO_MANY_TOKENS : ErrorCode.GRAPHQL_PARSE_FAILED;
    return { errors: [new GraphQLError(message, { extensions: { code } })] };
  }
  const invalid = validate(schema, document, [...specifiedRules, ...limitRules]);
  if (invalid.length) {
    return { errors: invalid.map((error) => (error.extensions.code ? error : new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED } }))) };
  }
  const unstorable = refuseUnstorableText(document, variables);
  if (unstorable) return { errors: [unstorable] };
  let cost: number;
  try {
    cost = costOf(schema, document, variables, operationName);
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [error] }; // variables that do not fit their types
    throw error;
  }
  return cost > LIMITS.cost ? { errors: [tooCostly(cost)] } : { document, cost };
}
