import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import { AccessTokensSection } from './AccessTokensSection';
import { ChangeEmailCard } from './ChangeEmailCard';
import { ChangePasswordCard } from './ChangePasswordCard';
import { DeleteAccountCard } from './DeleteAccountCard';
import { ExportDataCard } from './ExportDataCard';
import { SessionsSection } from './SessionsSection';
import { WebhooksSection } from './WebhooksSection';
import { RemindersSection } from './RemindersSection';
import classes from './SettingsPage.module.css';

const SECTIONS = [
  { id: 'account', label: 'Account' },
  { id: 'reminders', label: 'Reminders and availability' },
  { id: 'sessions', label: 'Where you are signed in' },
  { id: 'tokens', label: 'Personal access tokens' },
  { id: 'webhooks', label: 'Webhooks' },
] as const;

/** `/settings`: the account, the browsers signed in to it, and tokens for scripts and apps. */
export function SettingsPage() {
  return (
    <Page size="md">
      <PageHeader title="Settings" description="Your account, reminders, where you are signed in, and access for scripts and apps." />
      <nav aria-label="Settings sections" className={classes.toc}>
        <Group gap="xs" component="ul" className={classes.tocList}>
          {SECTIONS.map(({ id, label }) => (
            <li key={id}>
              <Anchor href={`#${id}`} size="sm" className={classes.tocLink}>
                {label}
              </Anchor>
            </li>
          ))}
        </Group>
      </nav>
      <Stack gap={48}>
        <section aria-labelledby="account" className={classes.section}>
          <Title order={2} id="account" mb={4}>
            Account
          </Title>
          <Text c="dimmed" size="sm" mb="md">
            Your sign-in details, and your data.
          </Text>
          <Stack gap="lg">
            <ChangeEmailCard />
            <ChangePasswordCard />
            <ExportDataCard />
            <DeleteAccountCard />
          </Stack>
        </section>
        <RemindersSection id="reminders" className={classes.section} />
        <SessionsSection id="sessions" className={classes.section} />
        <AccessTokensSection id="tokens" className={classes.section} />
        <WebhooksSection id="webhooks" className={classes.section} />
      </Stack>
    </Page>
  );
}
