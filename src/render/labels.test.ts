import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatTarget, formatValue, onTrackLabel, reasonLabel, reportText, statusLabel, subjectsLabel } from './labels.js';

describe('numbers', () => {
  it('are written the Vietnamese or the English way, without Intl', () => {
    expect(formatNumber(5_600_000, 'vi')).toBe('5.600.000');
    expect(formatNumber(5_600_000, 'en')).toBe('5,600,000');
    expect(formatNumber(1234.5, 'vi', 2)).toBe('1.234,50');
    expect(formatNumber(0.07, 'en', 2)).toBe('0.07');
    expect(formatNumber(-3, 'vi')).toBe('-3');
    expect(formatPercent(87.07, 'vi')).toBe('87,07%');
    expect(formatPercent(100, 'en', 1)).toBe('100.0%');
    expect(formatPercent(null, 'vi')).toBe('–');
  });
  it('show a value in its unit and a target with its direction', () => {
    expect(formatValue(3, 'count', 'vi')).toBe('3');
    expect(formatValue(2.5, 'count', 'vi')).toBe('2,50');
    expect(formatValue(90, 'percent', 'vi')).toBe('90,00%');
    expect(formatTarget(90, 'percent', 'at-least', true, 'vi')).toBe('> 90%');
    expect(formatTarget(3, 'percent', 'at-least', false, 'vi')).toBe('≥ 3%');
    expect(formatTarget(1.5, 'percent', 'at-most', true, 'vi')).toBe('< 1,5%');
    expect(formatTarget(0, 'count', 'at-most', false, 'en')).toBe('≤ 0');
    expect(formatTarget(null, 'count', 'at-most', false, 'en')).toBe('–');
  });
});

describe('words', () => {
  it('name verdicts, progress, subjects and reasons', () => {
    expect(statusLabel('vuot', 'vi')).toBe('Vượt');
    expect(statusLabel(null, 'vi')).toBe('–');
    expect(onTrackLabel(true, 'en')).toBe('On track');
    expect(subjectsLabel('tccsd', 'vi')).toBe('Tổ chức cơ sở đảng');
    expect(reasonLabel('exempt', 'vi')).toBe('miễn công tác và sinh hoạt đảng');
    expect(reasonLabel('some-new-code', 'vi')).toBe('some-new-code');
    expect(reportText('summary', 'vi')).toBe('SƠ KẾT');
  });
});
