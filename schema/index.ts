// The package's entry: typed documents and result types generated from
// schema.graphql and operations/ (`pnpm codegen`), for web, e2e and bench.
export * from './generated/graphql';
export { graphql } from './generated/gql';
