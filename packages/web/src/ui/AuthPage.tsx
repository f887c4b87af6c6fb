import { Card, Container, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Logo } from '../app/Logo';
import classes from './ui.module.css';
import { useDocumentTitle, usePageFocus } from './use-page-focus';

export interface AuthPageProps {
  title: string;
  description?: ReactNode;
  /** Under the card: the other way in ("New here? Create an account"). */
  footer?: ReactNode;
  children: ReactNode;
}

/** The narrow, centred page for signing in and recovering an account. */
export function AuthPage({ title, description, footer, children }: AuthPageProps) {
  useDocumentTitle(title);
  const ref = usePageFocus<HTMLHeadingElement>();
  return (
    <Container size={480} className={classes.page}>
      <Stack align="center" gap="xs" mb="lg" ta="center">
        <Logo size={44} />
        <Title order={1} ref={ref} tabIndex={-1} className={classes.authTitle}>
          {title}
        </Title>
        {description && (
          <Text c="dimmed" maw="26rem">
            {description}
          </Text>
        )}
      </Stack>
      <Card withBorder padding="xl" radius="lg" className={classes.authCard}>
        {children}
      </Card>
      {footer && (
        <Text ta="center" mt="lg" size="sm">
          {footer}
        </Text>
      )}
    </Container>
  );
}
