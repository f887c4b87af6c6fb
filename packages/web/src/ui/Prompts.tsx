import { Group, Paper, Text } from '@mantine/core';
import IconBulb from '@tabler/icons-react/icons/IconBulb';
import classes from './Prompts.module.css';

/** Questions to think about before writing: the part of a self-assessment that makes it worth doing. */
export function Prompts({ title = 'Questions to think about', questions }: { title?: string; questions: readonly string[] }) {
  return (
    <Paper radius="md" p="md" className={classes.prompts}>
      <Group gap={8} wrap="nowrap" mb={6}>
        <IconBulb size={18} aria-hidden className={classes.icon} />
        <Text size="sm" fw={700}>
          {title}
        </Text>
      </Group>
      <ul className={classes.list}>
        {questions.map((question) => (
          <li key={question}>
            <Text size="sm">{question}</Text>
          </li>
        ))}
      </ul>
    </Paper>
  );
}
