/**
 * Records set aside while a review streams through and read back at the end (organizations,
 * read in order and one by one while they are rated; heads, to rate them after their units;
 * HTXSNV members, for the quota's suggestions; organization results, until they are written in
 * input order). In memory by default; the CLI puts them in temporary files so that memory stays
 * flat at national scale.
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
 * spool.at?.(0)?.id; // 'dv-1'
 * ```
 */
export interface Spool<T> {
  /** Sets a record aside. */
  push(record: T): void;
  /** The records, in the order pushed. May be called more than once. */
  read(): Iterable<T>;
  /**
   * The record pushed `index`-th (0-based), read back on its own. Optional: without it, the
   * evaluator reads the whole spool into memory when it needs records out of order.
   */
  at?(index: number): T;
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
    at: (index) => {
      if (index < 0 || index >= records.length) throw new RangeError(`spool: no record ${index} (${records.length} pushed)`);
      return records[index]!;
    },
    get size() {
      return records.length;
    },
  };
}

/**
 * How the evaluator will use a spool.
 *
 * @example
 * ```ts
 * import type { SpoolOptions } from 'xeploai/stream';
 * const heads: SpoolOptions = { inOrderOnly: true };
 * ```
 */
export interface SpoolOptions {
  /**
   * The records are only read in order (`read`), never by index (`at`): a spool may keep no index
   * (at 5.6 M members the HTXSNV candidates alone would need 8 MB of offsets).
   */
  readonly inOrderOnly?: boolean;
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
export type SpoolFactory = <T>(name: string, options?: SpoolOptions) => Spool<T>;

/**
 * Random access to a spool's records: its own `at` when it has one, else its records read into
 * an array when first asked for (again if records were pushed since).
 *
 * @internal
 * @example
 * ```ts
 * import { memorySpool } from 'xeploai/stream';
 * const spool = memorySpool<string>();
 * spool.push('a');
 * recordAt(spool)(0); // 'a'
 * ```
 */
export function recordAt<T>(spool: Spool<T>): (index: number) => T {
  if (spool.at !== undefined) return (index) => spool.at!(index);
  let all: T[] = [];
  return (index) => {
    if (all.length !== spool.size) all = [...spool.read()];
    if (!(index >= 0 && index < all.length)) throw new RangeError(`spool: no record ${index} (${all.length} pushed)`);
    return all[index]!;
  };
}
