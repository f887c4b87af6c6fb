import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { languageOptions, uiLocale } from '../domain/languages';

/** Languages as ISO 639-1 codes, chosen by name (in the reader's language or the language's own). */
export function LanguageSelect({ value = [], ...props }: Omit<MultiSelectProps, 'data'>) {
  const data = useMemo(() => languageOptions(uiLocale(), value), [value]);
  return (
    <MultiSelect
      label="Languages"
      searchable
      // Enter picks the best match, rather than submitting the whole form.
      selectFirstOptionOnChange
      hidePickedOptions
      nothingFoundMessage="No language by that name in the list."
      maxDropdownHeight={280}
      data={data}
      value={value}
      {...props}
    />
  );
}
