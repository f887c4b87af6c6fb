import { Alert } from '@mantine/core';
import IconAlertCircle from '@tabler/icons-react/icons/IconAlertCircle';

/**
 * What went wrong with a submit as a whole (wrong credentials, the server
 * unreachable), above the form. It takes focus when no single field is at fault.
 */
export function FormErrorAlert({ message, title = 'That did not work' }: { message: string | null; title?: string }) {
  if (!message) return null;
  return (
    <Alert
      variant="light"
      color="red"
      title={title}
      icon={<IconAlertCircle size={20} aria-hidden />}
      tabIndex={-1}
      data-form-error
    >
      {message}
    </Alert>
  );
}
