import { describe, expect, it } from 'vitest';
import { csvFileName } from './csv-file-name';

describe('csvFileName', () => {
  it('names the file after what it holds', () => {
    expect(csvFileName('2025-10-10')).toBe('ai-factories-2025-10-10.csv');
    expect(csvFileName('2025-10-10', { filtered: true })).toBe('ai-factories-2025-10-10-filtered.csv');
    expect(csvFileName('2025-10-10', { filtered: false })).toBe('ai-factories-2025-10-10-view.csv');
    // The network as of a month: the file says which, beside the data's own date.
    expect(csvFileName('2026-12-07', { filtered: false, at: '2025-06' })).toBe('ai-factories-2026-12-07-as-of-2025-06-view.csv');
    expect(csvFileName('2026-12-07', { filtered: true, at: '2025-06' })).toBe('ai-factories-2026-12-07-as-of-2025-06-filtered.csv');
  });
});
