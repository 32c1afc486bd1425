import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';
import { toXlsx } from './xlsx.ts';
import { crc32 } from './zip.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('exports', () => {
  it('quotes CSV fields that need it', () => {
    expect(
      toCsv([
        ['id', 'note'],
        ['a', 'said "50", then 60\nlater'],
      ]),
    ).toBe('\uFEFFid,note\r\na,"said ""50"", then 60\nlater"\r\n');
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes an XLSX package with exact amounts as numbers and ids as text', () => {
    const bytes = toXlsx(
      [
        ['id', 'amount'],
        ['2022', '20687834825.70'],
      ],
      new Set([1]),
    );
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const content = text(bytes);
    expect(content).toContain('<c r="B2"><v>20687834825.70</v></c>');
    expect(content).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">2022</t></is></c>');
    expect(content).toContain('xl/worksheets/sheet1.xml');
  });
});
