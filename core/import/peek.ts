/** Read text chunks until `length` characters are buffered; hand back the head and the full stream. */
export async function peekText(
  chunks: AsyncIterable<string>,
  length: number,
): Promise<{ head: string; chunks: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const buffered: string[] = [];
  let size = 0;
  let done = false;
  while (size < length) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    buffered.push(next.value);
    size += next.value.length;
  }
  async function* replay(): AsyncGenerator<string> {
    try {
      yield* buffered;
      if (done) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      if (!done) await iterator.return?.();
    }
  }
  return { head: buffered.join(''), chunks: replay() };
}
