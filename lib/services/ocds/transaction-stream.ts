import "server-only";

/** Thrown into the producer when the reader went away, so its transaction rolls back and ends. */
class ReaderGone extends Error {}

/**
 * Turns a producer that pushes values from inside a callback (a database transaction) into an async
 * iterator the HTTP response pulls from. At most `highWater` values wait in between: the producer waits when
 * the reader is slower, so memory holds a few pages, never the whole export. If the reader stops early
 * (client disconnected), the next push throws and the transaction is rolled back; a producer error reaches
 * the reader.
 */
export async function* pullFromProducer<T>(produce: (push: (value: T) => Promise<void>) => Promise<void>, highWater = 2): AsyncGenerator<T> {
  const queue: T[] = [];
  let finished = false;
  let failure: unknown = null;
  let readerGone = false;
  let wakeReader: (() => void) | null = null;
  let wakeProducer: (() => void) | null = null;
  const wake = (which: "reader" | "producer") => {
    const fn = which === "reader" ? wakeReader : wakeProducer;
    if (which === "reader") wakeReader = null;
    else wakeProducer = null;
    fn?.();
  };

  const push = async (value: T) => {
    if (readerGone) throw new ReaderGone();
    queue.push(value);
    wake("reader");
    while (queue.length >= highWater && !readerGone) await new Promise<void>((resolve) => (wakeProducer = resolve));
    if (readerGone) throw new ReaderGone();
  };

  const done = produce(push).then(
    () => undefined,
    (error: unknown) => {
      if (!(error instanceof ReaderGone)) failure = error;
    },
  ).finally(() => {
    finished = true;
    wake("reader");
  });

  try {
    for (;;) {
      if (queue.length > 0) {
        const value = queue.shift()!;
        wake("producer");
        yield value;
        continue;
      }
      if (finished) {
        if (failure !== null) throw failure;
        return;
      }
      await new Promise<void>((resolve) => (wakeReader = resolve));
    }
  } finally {
    readerGone = true;
    wake("producer");
    await done;
  }
}
