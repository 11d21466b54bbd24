import { describe, expect, it } from 'vitest';
import { inferDateStyle } from '../src/index.ts';

describe('inferDateStyle: how a file writes its dates, for the report', () => {
  it('says year first for ISO and compact dates, whatever the day order defaults to', () => {
    expect(inferDateStyle(['2024-03-05', '2024-03-06 10:12'], 'dmy')).toBe('year-first');
    expect(inferDateStyle(['19970101', '19970318'], 'dmy')).toBe('year-first');
  });

  it('says day or month first only for dates written so', () => {
    expect(inferDateStyle(['05/03/2024', '24/11/2023'], 'dmy')).toBe('dmy');
    expect(inferDateStyle(['03/15/2024'], 'mdy')).toBe('mdy');
  });

  it('says spreadsheet dates for a workbook’s own dates and serial numbers', () => {
    expect(inferDateStyle([new Date(Date.UTC(2024, 2, 5)), 45356], 'dmy')).toBe('spreadsheet');
  });
});
