import type { UseFormReturnType } from '@mantine/form';
import { useRef } from 'react';

/**
 * Add and remove rows of a list field with focus where a keyboard user needs
 * it: on the new row's first field after adding, on the "Add" button after
 * removing (the row and its button are gone).
 */
export function useListActions<Values, Row>(
  form: UseFormReturnType<Values>,
  path: string & keyof Values,
  makeRow: () => Row,
  firstField: string & keyof Row,
) {
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const focusSoon = (find: () => HTMLElement | null | undefined) => requestAnimationFrame(() => find()?.focus());

  return {
    addButtonRef,
    add() {
      const index = (form.getValues()[path] as unknown[]).length;
      form.insertListItem(path, makeRow() as never);
      focusSoon(() => form.getInputNode(`${path}.${index}.${firstField}` as never));
    },
    remove(index: number) {
      form.removeListItem(path, index);
      focusSoon(() => addButtonRef.current);
    },
  };
}
