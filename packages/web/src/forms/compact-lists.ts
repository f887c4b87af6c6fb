import type { UserErrorLike } from './user-errors';

/**
 * Editors start lists with an empty row to fill in (a first goal, a first
 * skill), and people leave some empty. Empty rows are not sent; this keeps
 * track of which row each sent item came from, so an error the server reports
 * for `goals.1` lands on the row the person sees as, say, the third.
 */
export interface CompactedList<Item> {
  items: Item[];
  /** `formIndex[i]` is the form row that sent item `i` came from. */
  formIndex: number[];
}

export function compactList<Item>(rows: readonly Item[], isBlank: (row: Item) => boolean): CompactedList<Item> {
  const items: Item[] = [];
  const formIndex: number[] = [];
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    items.push(row);
    formIndex.push(index);
  });
  return { items, formIndex };
}

/** Rewrites `[list, i, …]` paths from sent positions to form rows, for each compacted list. */
export function toFormRows(
  userErrors: readonly UserErrorLike[],
  lists: Readonly<Record<string, readonly number[]>>,
): UserErrorLike[] {
  return userErrors.map((error) => {
    const [list, index, ...rest] = error.field;
    const formIndex = list !== undefined && index !== undefined ? lists[list]?.[Number(index)] : undefined;
    if (formIndex === undefined || !/^\d+$/.test(index!)) return error;
    return { ...error, field: [list!, String(formIndex), ...rest] };
  });
}

const isBlankValue = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/**
 * A test for rows left empty: every one of `keys` is blank (empty text, null,
 * an empty list). Fields with a default, like a goal's horizon, are not listed.
 */
export function blankIn<Row>(...keys: Array<keyof Row>): (row: Row) => boolean {
  return (row) => keys.every((key) => isBlankValue(row[key]));
}
