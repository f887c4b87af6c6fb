/**
 * Maps (and filters: return undefined to skip) an async iterator without an
 * async generator, so `return()` reaches the source at once even while a
 * `next()` is waiting. An async generator would queue the return behind that
 * wait, and a quiet stream would never be unsubscribed.
 */
export function mapStream<T, U>(
  source: AsyncIterableIterator<T>,
  map: (item: T) => U | undefined | Promise<U | undefined>,
): AsyncIterableIterator<U> {
  const iterator: AsyncIterableIterator<U> = {
    async next(): Promise<IteratorResult<U>> {
      for (;;) {
        const result = await source.next();
        if (result.done) return { value: undefined, done: true };
        const mapped = await map(result.value);
        if (mapped !== undefined) return { value: mapped, done: false };
      }
    },
    async return(): Promise<IteratorResult<U>> {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown): Promise<IteratorResult<U>> {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
