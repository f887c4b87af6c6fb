import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ConnectionProvider, type AppApollo } from '../apollo';
import { routes } from './routes';
import { cssVariablesResolver, theme } from './theme';

const Toasts = lazy(async () => ({ default: (await import('./Toasts')).Toasts }));

export interface AppProps {
  apollo: AppApollo;
}

/** Providers, then the router; every page renders inside `AppLayout`. */
export function App({ apollo }: AppProps) {
  const connection = useMemo(() => ({ store: apollo.connection, retryNow: apollo.retryNow }), [apollo]);
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Suspense fallback={null}>
        <Toasts />
      </Suspense>
      <ApolloProvider client={apollo.client}>
        <ConnectionProvider value={connection}>
          <RouterProvider router={router} />
        </ConnectionProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}
