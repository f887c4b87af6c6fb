import { Input, SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { LEVELS, levelLabel } from '../domain/mentoring-options';

export interface LevelPickerProps {
  label: string;
  /** 1 to 5, or null before one is chosen. */
  value: number | null;
  onChange: (level: number) => void;
  error?: ReactNode;
  /** What to say while nothing is chosen. */
  placeholder?: string;
  'data-path'?: string;
}

/**
 * A level from 1 (beginner) to 5 (expert) as a row of radio buttons: arrow
 * keys move between levels, and each level is read with its name.
 */
export function LevelPicker({ label, value, onChange, error, placeholder = '1 is beginner, 5 is expert.', ...rest }: LevelPickerProps) {
  const id = useId();
  const describedBy = [`${id}-description`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <Input.Wrapper
      id={id}
      label={label}
      labelElement="div"
      description={value ? `${value} · ${levelLabel(value)}` : placeholder}
      error={error}
    >
      <SegmentedControl
        fullWidth
        mt={4}
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        value={value === null ? '' : String(value)}
        onChange={(next) => onChange(Number(next))}
        data={LEVELS.map((level) => ({
          value: String(level.value),
          label: (
            <span title={level.label}>
              {level.value}
              <VisuallyHidden>, {level.label}</VisuallyHidden>
            </span>
          ),
        }))}
        {...rest}
      />
    </Input.Wrapper>
  );
}
