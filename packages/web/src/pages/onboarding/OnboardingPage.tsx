import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { useForm } from '@mantine/form';
import IconArrowRight from '@tabler/icons-react/icons/IconArrowRight';
import { useNavigate } from 'react-router';
import { pathAfterOnboarding } from '../../auth/redirects';
import { useViewer } from '../../auth/use-viewer';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useServerForm } from '../../forms/use-server-form';
import { CompleteOnboardingDocument } from '../../graphql/documents';
import { Page } from '../../ui/Page';
import { PageHeader } from '../../ui/PageHeader';
import classes from './OnboardingPage.module.css';
import { ROLE_CHOICES, type Role } from './roles';

/** Mentor, mentee or both; then on to the needs assessment (mentees) or the profile editor (mentors). */
export function OnboardingPage() {
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const [completeOnboarding] = useMutation(CompleteOnboardingDocument);
  const current: Role[] = [
    ...(viewer?.roles.isMentee ? (['mentee'] as const) : []),
    ...(viewer?.roles.isMentor ? (['mentor'] as const) : []),
  ];
  const form = useForm({
    initialValues: { roles: viewer?.onboarded ? current : [] },
    validate: { roles: (roles) => (roles.length ? null : 'Choose at least one: mentor, mentee, or both.') },
  });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: ['roles'] });
  const firstName = viewer?.displayName.split(/\s+/)[0];

  return (
    <Page size="md">
      <PageHeader
        eyebrow={viewer?.onboarded ? 'Your roles' : firstName ? `Welcome, ${firstName}` : 'Welcome'}
        title="How will you use Mentorspace?"
        description="Choose one, or both: many people mentor in one area while being mentored in another. You can change this later."
      />
      <form
        ref={formRef}
        noValidate
        aria-label="Choose your roles"
        onSubmit={onSubmit(async ({ roles }) => {
          const input = { asMentee: roles.includes('mentee'), asMentor: roles.includes('mentor') };
          const { data } = await completeOnboarding({ variables: { input } });
          const payload = data?.completeOnboarding;
          if (!payload?.user) return payload?.userErrors ?? [];
          await navigate(pathAfterOnboarding(payload.user.roles));
        })}
      >
        <Stack gap="lg">
          <FormErrorAlert message={formError} title="Your roles were not saved" />
          <Checkbox.Group label="I want to…" {...form.getInputProps('roles')} classNames={{ label: classes.groupLabel }}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="xs">
              {ROLE_CHOICES.map(({ value, title, description, next, icon: Icon }) => (
                <Checkbox.Card
                  key={value}
                  value={value}
                  radius="lg"
                  className={classes.card}
                  aria-labelledby={`role-${value}-title`}
                  aria-describedby={`role-${value}-description`}
                  data-role={value}
                >
                  <Group wrap="nowrap" align="flex-start" gap="md">
                    <Checkbox.Indicator mt={4} />
                    <Stack gap={8}>
                      <ThemeIcon size={40} radius="md" variant="light">
                        <Icon size={22} stroke={1.75} aria-hidden />
                      </ThemeIcon>
                      <Text fw={700} size="lg" id={`role-${value}-title`}>
                        {title}
                      </Text>
                      <Text size="sm" c="dimmed" id={`role-${value}-description`}>
                        {description}
                      </Text>
                      <Text size="sm" className={classes.next}>
                        {next}
                      </Text>
                    </Stack>
                  </Group>
                </Checkbox.Card>
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Group justify="flex-end">
            <Button type="submit" size="md" loading={form.submitting} rightSection={<IconArrowRight size={18} aria-hidden />}>
              Continue
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}
