/**
 * Records set aside while a review streams through and read back at the end (heads, to rate them
 * after their units; HTXSNV members, for the quota's suggestions). In memory by default; the CLI
 * puts them in a temporary file so that memory stays flat at national scale.
 *
 * @module
 */

/**
 * A place to put JSON-serialisable records and read them back, in order, once the input ends.
 *
 * @example
 * ```ts
 * import { memorySpool } from 'xeploai/stream';
 * const spool = memorySpool<{ id: string }>();
 * spool.push({ id: 'dv-1' });
 * [...spool.read()].map((r) => r.id); // ['dv-1']
 * ```
 */
export interface Spool<T> {
  /** Sets a record aside. */
  push(record: T): void;
  /** The records, in the order pushed. May be called more than once. */
  read(): Iterable<T>;
  /** How many records were pushed. */
  readonly size: number;
}

/**
 * A spool that keeps its records in an array.
 *
 * @example
 * ```ts
 * import { memorySpool } from 'xeploai/stream';
 * memorySpool<number>().size; // 0
 * ```
 */
export function memorySpool<T>(): Spool<T> {
  const records: T[] = [];
  return {
    push: (record) => void records.push(record),
    read: () => records,
    get size() {
      return records.length;
    },
  };
}

/**
 * Makes spools: one per kind of record the evaluator sets aside.
 *
 * @example
 * ```ts
 * import { memorySpool, type SpoolFactory } from 'xeploai/stream';
 * const inMemory: SpoolFactory = () => memorySpool();
 * ```
 */
export type SpoolFactory = <T>(name: string) => Spool<T>;
