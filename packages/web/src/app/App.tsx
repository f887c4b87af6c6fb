import { ApolloProvider } from '@apollo/client/react';
import { AppShell, Container, Group, MantineProvider } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { ConnectionProvider, type AppApollo } from '../apollo';
import { HomePage } from '../pages/HomePage';
import classes from './App.module.css';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { ConnectionBanner } from './ConnectionBanner';
import { ConnectionIndicator } from './ConnectionIndicator';
import { cssVariablesResolver, theme } from './theme';
import { Wordmark } from './Wordmark';

export interface AppProps {
  apollo: AppApollo;
  /** The page to show; the home page until routing arrives. */
  children?: ReactNode;
}

/** Providers and the shell every page lives in. */
export function App({ apollo, children }: AppProps) {
  const connection = useMemo(() => ({ store: apollo.connection, retryNow: apollo.retryNow }), [apollo]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <ApolloProvider client={apollo.client}>
        <ConnectionProvider value={connection}>
          <AppLayout>{children ?? <HomePage />}</AppLayout>
        </ConnectionProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className={classes.skipLink}>
        Skip to content
      </a>
      <AppShell header={{ height: 64 }} padding={0}>
        <AppShell.Header className={classes.header}>
          <Container size="lg" h="100%">
            <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
              <Wordmark />
              <Group gap="sm" wrap="nowrap" className={classes.headerActions}>
                <ConnectionIndicator />
                <ColorSchemeToggle />
              </Group>
            </Group>
          </Container>
        </AppShell.Header>
        <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
          <ConnectionBanner />
          {children}
        </AppShell.Main>
      </AppShell>
    </>
  );
}
