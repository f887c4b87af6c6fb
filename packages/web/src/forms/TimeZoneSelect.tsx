import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { browserTimeZone, timeZoneOptions } from '../domain/time-zones';

/** An IANA time zone, searchable by city, region or offset ("lisbon", "UTC+05:30"). */
export function TimeZoneSelect({ value = null, onFocus, ...props }: Omit<SelectProps, 'data'>) {
  // Saved and browser zones join the list even where the browser's own list omits them (e.g. "UTC").
  const data = useMemo(() => timeZoneOptions({ include: [value, browserTimeZone()] }), [value]);
  return (
    <Select
      label="Time zone"
      searchable
      // Enter picks the best match, rather than submitting the whole form.
      selectFirstOptionOnChange
      allowDeselect={false}
      nothingFoundMessage="No time zone matches. Try a city, like Lisbon, or an offset, like UTC+05:30."
      maxDropdownHeight={300}
      data={data}
      value={value}
      // The input shows the current zone's label; selecting it lets typing replace it with a search.
      onFocus={(event) => {
        event.currentTarget.select();
        onFocus?.(event);
      }}
      {...props}
    />
  );
}
