import { describe, expect, it } from 'vitest';
import { guardInput, guardWalk, MAX_NESTING } from './guard.js';

function nested(levels: number): unknown {
  let value: Record<string, unknown> = {};
  const root = value;
  for (let i = 1; i < levels; i++) {
    const child = {};
    value.a = child;
    value = child;
  }
  return root;
}

describe('guardInput', () => {
  it('finds nothing in plain data', () => {
    expect(guardInput({ a: [1, { b: 'x' }], c: null })).toEqual([]);
    expect(guardInput('text')).toEqual([]);
  });

  it('refuses __proto__ from JSON text, constructor and prototype at any depth, with their paths', () => {
    const input = JSON.parse('{"members":[{"id":"a"},{"__proto__":{"polluted":true}}],"x":{"y":{"constructor":{"prototype":1}}},"prototype":2}');
    expect(guardInput(input)).toEqual([
      { path: 'members[1].__proto__', code: 'forbidden-key', message: 'expected a field name other than "__proto__", "constructor" or "prototype", got "__proto__"' },
      { path: 'x.y.constructor', code: 'forbidden-key', message: expect.stringContaining('got "constructor"') },
      { path: 'prototype', code: 'forbidden-key', message: expect.stringContaining('got "prototype"') },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses nesting deeper than 64 levels at the path where it happens, once per branch', () => {
    expect(guardInput(nested(MAX_NESTING))).toEqual([]);
    const issues = guardInput(nested(200));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'too-deep', path: Array.from({ length: 64 }, () => 'a').join('.') });
    let deepArray: unknown = [];
    for (let i = 0; i < 199; i++) deepArray = [deepArray];
    expect(guardInput({ list: deepArray })[0]).toMatchObject({ code: 'too-deep', path: `list${'[0]'.repeat(63)}` });
  });

  it('walks a 100 000-level structure without recursion', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(guardInput(deep)).toHaveLength(1);
  });

  it('ends on cycles and on shared references', () => {
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    cyclic.other = cyclic;
    expect(guardInput(cyclic)[0]).toMatchObject({ code: 'too-deep' });
    const shared = { results: 'tot' };
    expect(guardInput({ members: Array.from({ length: 1000 }, () => ({ criteria: shared })) })).toEqual([]);
  });

  it('bounds the walk of a self-referencing object with many keys', () => {
    const wide: Record<string, unknown> = {};
    for (let i = 0; i < 100; i++) wide[`k${i}`] = wide;
    const started = Date.now();
    expect(guardWalk(wide).issues.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('reports values that throw when read, and marks the input unreadable', () => {
    const getter = { ok: 1 };
    Object.defineProperty(getter, 'bad', { enumerable: true, get: () => { throw new Error('boom'); } });
    const report = guardWalk({ members: [getter] });
    expect(report.readable).toBe(false);
    expect(report.issues).toEqual([{ path: ['members', 0, 'bad'], code: 'unreadable', message: 'expected plain JSON data, got a value that throws when read (boom)' }]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(guardWalk({ a: proxy })).toMatchObject({ readable: false, issues: [{ path: ['a'], code: 'unreadable' }] });
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    expect(guardWalk({ a: [hostile] }).issues[0]).toMatchObject({ path: ['a', 0], code: 'unreadable' });
  });
});
