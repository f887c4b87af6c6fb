import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Code, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { SCOPE_LIST } from '../../domain/scopes';
import { dateInputValue, EXPIRY_CHOICES, expiresAtFor, MAX_TOKEN_LIFETIME_DAYS, type ExpiryChoice } from '../../domain/token-expiry';
import { FormErrorAlert } from '../../forms/FormErrorAlert';
import { useServerForm } from '../../forms/use-server-form';
import { requiredText } from '../../forms/validators';
import {
  CreatePersonalAccessTokenDocument,
  MyAccessTokensDocument,
  type PersonalAccessTokenFieldsFragment,
  type Scope,
} from '../../graphql/documents';

export interface CreatedToken {
  secret: string;
  token: PersonalAccessTokenFieldsFragment;
}

interface Values {
  name: string;
  scopes: Scope[];
  expiry: ExpiryChoice;
  customDate: string;
}

export function CreateTokenForm({ onCreated, onCancel }: { onCreated: (token: CreatedToken) => void; onCancel: () => void }) {
  const [create] = useMutation(CreatePersonalAccessTokenDocument, { refetchQueries: [MyAccessTokensDocument], awaitRefetchQueries: true });
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => nameInput.current?.focus(), []);
  const form = useForm<Values>({
    initialValues: { name: '', scopes: [], expiry: '30', customDate: '' },
    validate: {
      name: requiredText('Name the token after what will use it.'),
      scopes: (scopes) => (scopes.length ? null : 'Choose at least one scope.'),
      customDate: (value, values) => {
        const result = expiresAtFor(values.expiry, value);
        return values.expiry === 'custom' && !result.ok ? result.error : null;
      },
    },
  });
  const { formRef, formError, onSubmit } = useServerForm(form, { fields: ['name', 'scopes', 'expiry'], aliases: { expiresAt: 'expiry' } });
  const today = new Date();
  const latest = new Date(today.getTime() + MAX_TOKEN_LIFETIME_DAYS * 86_400_000);

  return (
    <Paper withBorder radius="md" p="lg">
      <form
        ref={formRef}
        noValidate
        aria-labelledby="new-token-title"
        data-create-token-form
        onSubmit={onSubmit(async (values) => {
          const expiry = expiresAtFor(values.expiry, values.customDate);
          if (!expiry.ok) return [{ field: ['customDate'], message: expiry.error }];
          const input = { name: values.name.trim(), scopes: values.scopes, expiresAt: expiry.expiresAt };
          const { data } = await create({ variables: { input } });
          const payload = data?.createPersonalAccessToken;
          if (!payload?.secret || !payload.token) return payload?.userErrors ?? [];
          onCreated({ secret: payload.secret, token: payload.token });
        })}
      >
        <Stack gap="md">
          <Title order={3} size="h4" id="new-token-title">
            New token
          </Title>
          <FormErrorAlert message={formError} title="The token was not created" />
          <TextInput
            ref={nameInput}
            label="Name"
            description="What will use it, so you recognise it later."
            placeholder="e.g. Program dashboard"
            maxLength={100}
            {...form.getInputProps('name')}
          />
          <Checkbox.Group
            label="Scopes"
            description="Give it only what it needs. A write scope includes reading the same things."
            {...form.getInputProps('scopes')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
              {SCOPE_LIST.map(({ value, name, description }) => (
                <Checkbox key={value} value={value} label={<Code>{name}</Code>} description={description} data-scope={name} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              label="Expires"
              description="A token that never expires is convenient, and risky."
              data={EXPIRY_CHOICES.map(({ value, label }) => ({ value, label }))}
              {...form.getInputProps('expiry')}
            />
            {form.getValues().expiry === 'custom' && (
              <TextInput
                type="date"
                label="Expires on"
                description="It stops working at the end of that day."
                min={dateInputValue(today)}
                max={dateInputValue(latest)}
                {...form.getInputProps('customDate')}
              />
            )}
          </SimpleGrid>
          {form.getValues().expiry === 'never' && (
            <Text size="sm" c="orange.8">
              This token will work until you revoke it.
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel} disabled={form.submitting}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
