import { Group, Radio } from '@mantine/core';

const WORDS = ['', 'poor', 'fair', 'good', 'very good', 'excellent'];

/** A 1–5 rating as five labelled radio buttons (keyboard: arrow keys), with an error under them. */
export function RatingPicker({ label, value, onChange, error }: { label: string; value: number; onChange: (value: number) => void; error?: React.ReactNode }) {
  return (
    <Radio.Group label={label} value={value ? String(value) : null} onChange={(next) => onChange(Number(next))} error={error} data-rating={label}>
      <Group gap="sm" mt={4}>
        {[1, 2, 3, 4, 5].map((n) => (
          <Radio key={n} value={String(n)} label={String(n)} aria-label={`${n}: ${WORDS[n]}`} />
        ))}
      </Group>
    </Radio.Group>
  );
}
