// Arbitraries of invalid input for the totality properties: any JSON value, any JS value, JSON
// objects with `__proto__` / `constructor` / `prototype` keys made the way `JSON.parse` makes
// them (own data properties), values that throw when read, and valid reviews with one part
// replaced, removed or added — the near misses that reach the deepest code.
import fc from 'fast-check';
import type { ReviewFile } from '../../src/index.js';
import { reviewArb } from './arbitraries.js';
import { clone } from './util.js';

/** Keys that reach prototypes, built-in names, and the review's own field names. */
export const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then', 'length', 'format', 'year', 'members', 'organizations', 'settings', 'id', 'orgId', 'criteria', 'results', 'tasks', 'disciplines', 'posts', 'polluted'] as const;

const keyArb = fc.oneof({ arbitrary: fc.constantFrom(...NASTY_KEYS), weight: 3 }, { arbitrary: fc.string({ maxLength: 8 }), weight: 1 });

/** Any JS value, with every option fast-check has (null prototypes, boxed values, typed arrays…). */
export const anyValueArb: fc.Arbitrary<unknown> = fc.anything({
  key: keyArb,
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

type Node = { readonly obj: readonly (readonly [string, Node])[] } | { readonly arr: readonly Node[] } | { readonly leaf: unknown };

function toText(node: Node): string {
  if ('obj' in node) return `{${node.obj.map(([k, v]) => `${JSON.stringify(k)}:${toText(v)}`).join(',')}}`;
  if ('arr' in node) return `[${node.arr.map(toText).join(',')}]`;
  return JSON.stringify(node.leaf) ?? 'null';
}

/** JSON objects whose keys include the nasty ones, parsed by `JSON.parse` (so `__proto__` is an own key). */
export const nastyJsonArb: fc.Arbitrary<unknown> = fc
  .letrec<{ node: Node; object: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 1 }).map((leaf): Node => ({ leaf })),
      tie('object'),
      fc.array(tie('node'), { maxLength: 3 }).map((arr): Node => ({ arr })),
    ),
    object: fc.array(fc.tuple(keyArb, tie('node')), { maxLength: 5 }).map((obj): Node => ({ obj })),
  }))
  .object.map((node) => JSON.parse(toText(node)) as unknown);

/**
 * Makers of values that throw when read (getters, proxies, revoked proxies), cycles and odd
 * prototypes; a test calls each for a fresh value (a revoked proxy cannot go through fast-check,
 * which inspects generated values).
 */
export const HOSTILE_MAKERS: readonly (readonly [string, () => unknown])[] = [
  ['a throwing getter', () => ({ format: 'xeploai/review@1', year: 2024, get members(): unknown { throw new Error('boom'); }, organizations: [] })],
  ['a throwing getter in settings', () => ({ format: 'xeploai/review@1', year: 2024, get settings(): unknown { throw new Error('boom'); }, organizations: [], members: [] })],
  ['a proxy whose ownKeys throws', () => new Proxy({}, { ownKeys: () => { throw new Error('ownKeys'); } })],
  ['a proxy whose get throws', () => new Proxy({ format: 'xeploai/review@1' }, { get: () => { throw new Error('get'); } })],
  ['a revoked proxy', () => {
      const r = Proxy.revocable({}, {});
      r.revoke();
      return r.proxy;
  }],
  ['a cyclic member list', () => {
      const cyclic: Record<string, unknown> = { format: 'xeploai/review@1', year: 2024, organizations: [], members: [] };
      (cyclic['members'] as unknown[]).push(cyclic);
      return cyclic;
  }],
  ['an organization that contains itself, listed twice', () => {
      const o: Record<string, unknown> = { id: 'cb', name: 'Chi bộ', kind: 'chi-bo-co-so' };
      o['criteria'] = o;
      return { format: 'xeploai/review@1', year: 2024, organizations: [o, o], members: [] };
  }],
  ['fields inherited from a prototype', () => Object.create({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] }) as unknown],
  ['a null-prototype object', () => Object.assign(Object.create(null) as object, { format: 'xeploai/review@1', year: 2024, organizations: [], members: [] })],
];

type Segment = string | number;

/** Every path to a value inside JSON data (the root excluded). */
function paths(value: unknown, prefix: Segment[] = [], out: Segment[][] = []): Segment[][] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...prefix, i]), paths(v, [...prefix, i], out)));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) (out.push([...prefix, k]), paths(v, [...prefix, k], out));
  return out;
}

/** One change to a valid review: replace a value, delete it, or add a key next to it. */
export type NearMiss =
  | { readonly op: 'replace'; readonly path: readonly Segment[]; readonly value: unknown }
  | { readonly op: 'delete'; readonly path: readonly Segment[] }
  | { readonly op: 'add-key'; readonly path: readonly Segment[]; readonly key: string; readonly value: unknown };

function setOwn(target: Record<PropertyKey, unknown>, key: PropertyKey, value: unknown): void {
  // an own data property even for `__proto__`, as JSON.parse makes it
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The review with one near miss applied (a copy). */
export function applyNearMiss(review: ReviewFile, change: NearMiss): unknown {
  const root = clone(review) as unknown as Record<PropertyKey, unknown>;
  let parent: Record<PropertyKey, unknown> = root;
  for (const segment of change.path.slice(0, -1)) parent = parent[segment] as Record<PropertyKey, unknown>;
  const last = change.path[change.path.length - 1]!;
  if (change.op === 'replace') setOwn(parent, last, change.value);
  else if (change.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const holder = Array.isArray(parent) || typeof parent[last] !== 'object' || parent[last] === null ? parent : (parent[last] as Record<PropertyKey, unknown>);
    if (!Array.isArray(holder)) setOwn(holder, change.key, change.value);
  }
  return root;
}

const replacementArb = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom<unknown>('', ' ', '2024-02-30', '2024-06-15T00:00:00Z', 45123, -1, 2.5, 1e308, 'HTXSNV', 'kem', 'dv-01', 't1', '__proto__', null, [], {}));

/** A valid review and one near miss of it. */
export const nearMissArb: fc.Arbitrary<unknown> = reviewArb({ maxMembers: 6 }).chain((review) => {
  const all = paths(review);
  const path = fc.constantFrom(...all);
  const change: fc.Arbitrary<NearMiss> = fc.oneof(
    fc.record({ op: fc.constant('replace' as const), path, value: replacementArb }),
    fc.record({ op: fc.constant('delete' as const), path }),
    fc.record({ op: fc.constant('add-key' as const), path, key: keyArb, value: replacementArb }),
  );
  return change.map((c) => applyNearMiss(review, c));
});
