/** A FIFO queue with O(1) push and O(1) amortised removal from the front. */
export type Deque<T> = Readonly<{
  push(item: T): void;
  /** Up to `n` items from the front, without removing them. */
  peek(n: number): T[];
  /** Removes `n` items from the front. */
  drop(n: number): void;
  readonly length: number;
}>;

/**
 * Creates a deque over one array and a head index. `Array.shift` would move
 * every element on each call — too slow when a full disk lets the buffer grow
 * to its cap and every new event pushes the oldest out.
 */
export const createDeque = <T>(): Deque<T> => {
  let items: Array<T | undefined> = [];
  let head = 0;
  return {
    push: (item) => {
      items.push(item);
    },
    peek: (n) => items.slice(head, head + n) as T[],
    drop: (n) => {
      const end = Math.min(items.length, head + n);
      // Release references now so dropped payloads can be collected before compaction.
      for (let i = head; i < end; i++) items[i] = undefined;
      head = end;
      if (head === items.length) {
        items = [];
        head = 0;
      } else if (head >= 4096 && head * 2 >= items.length) {
        items = items.slice(head);
        head = 0;
      }
    },
    get length() {
      return items.length - head;
    },
  };
};
