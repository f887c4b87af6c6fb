export { createApolloClient, defaultWsUrl, type AppApollo, type ApolloClientOptions } from './create-apollo-client';
export { ConnectionProvider, useConnectionState, useConnectionStore, useRetryConnection } from './connection-context';
export type { ConnectionState } from './connection-state';
