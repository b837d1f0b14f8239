import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDuration, Progress } from './progress.js';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

function capture(isTTY: boolean, total?: number) {
  let text = '';
  const c = clock();
  const progress = new Progress({ write: (s) => void (text += s), isTTY, label: 'national.ndjson', now: c.now, columns: 100, ...(total !== undefined ? { total } : {}) });
  return { progress, clock: c, text: () => text };
}

describe('Progress', () => {
  it('is silent for the first second', () => {
    const { progress, clock: c, text } = capture(false, 1000);
    c.advance(900);
    progress.update(500, 1000);
    progress.note('rating organizations');
    progress.finish('done');
    expect(text()).toBe('');
    expect(progress.shown).toBe(false);
  });

  it('writes a plain line every few seconds when not on a terminal', () => {
    const { progress, clock: c, text } = capture(false, 2_000_000_000);
    c.advance(1200);
    progress.update(500_000_000, 1_400_000);
    c.advance(1000);
    progress.update(600_000_000, 1_700_000);
    c.advance(4500);
    progress.update(1_500_000_000, 4_200_000);
    progress.finish('5,600,000 members in 9.0 s');
    const lines = text().split('\n').filter(Boolean);
    expect(lines).toEqual([
      'xeploai: national.ndjson: 25% (500 MB of 2.0 GB), 1,400,000 members, 1,166,667/s, about 4 s left',
      'xeploai: national.ndjson: 75% (1.5 GB of 2.0 GB), 4,200,000 members, 626,866/s, about 2 s left',
      'xeploai: national.ndjson: 5,600,000 members in 9.0 s',
    ]);
    expect(text()).not.toContain('\r');
  });

  it('draws one bar in place on a terminal, with the rate and the time left, and clears it', () => {
    const { progress, clock: c, text } = capture(true, 1000);
    c.advance(2000);
    progress.update(500, 100_000);
    c.advance(100);
    progress.update(520, 104_000); // too soon to redraw
    c.advance(300);
    progress.update(600, 120_000);
    const drawn = text();
    expect(drawn.startsWith('\rxeploai: national.ndjson [')).toBe(true);
    expect(drawn).toMatch(/\[#{15}-{15}\]  50% 100,000 members  50,000\/s  ETA 2 s/);
    expect(drawn).toMatch(/ 60% 120,000 members/);
    expect(drawn).not.toContain('\n');
    progress.finish();
    expect(text().endsWith('\r')).toBe(true);
  });

  it('announces a phase at once when asked to', () => {
    const { progress, text } = capture(false);
    progress.note('rating 300,000 members', true);
    expect(text()).toBe('xeploai: national.ndjson: rating 300,000 members\n');
  });
});

describe('formatting', () => {
  it('formats counts, durations and sizes', () => {
    expect(formatCount(5_600_000)).toBe('5,600,000');
    expect(formatDuration(42_000)).toBe('42 s');
    expect(formatDuration(187_000)).toBe('3:07');
    expect(formatDuration(3_729_000)).toBe('1:02:09');
    expect(formatBytes(1_900_000_000)).toBe('1.9 GB');
    expect(formatBytes(912_000_000)).toBe('912 MB');
  });
});
