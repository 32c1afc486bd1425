import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import schema from '../../schema/extraction.schema.json' with { type: 'json' };
import { extract } from './extract.ts';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe('extraction.schema.json', () => {
  it('accepts every line the extractor writes for varied articles', () => {
    const articles = [
      "Berlin a promis jeudi de livrer deux systèmes Patriot à Kiev. Au total, l'Allemagne a dépensé 28 milliards d'euros depuis 2022. Le sommet de l'OTAN s'est tenu le mois dernier à La Haye. Les alliés visent 5 % du PIB d'ici 2035, dont 3,5 % et 1,5 %.",
      'Norway will pay about NOK 7 billion for air defence for Ukraine. Trump threatened tariffs within 50 days.',
      'Deutschland sagte rund 500 Millionen Euro (540 Millionen Dollar) für die Ukraine zu.',
    ];
    const lines = articles.flatMap((text, n) => extract(text, { doc: `a${n}.txt`, published: '2025-07-15' }));
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const ok = validate(JSON.parse(JSON.stringify(line)));
      expect(ok, JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects a line with a field the contract does not have', () => {
    const [line] = extract('Germany pledged two Patriot systems to Ukraine.', { doc: 'x.txt' });
    expect(validate({ ...line, extra: 1 })).toBe(false);
  });

  it('is valid JSON Schema draft 2020-12 on disk', () => {
    const onDisk = JSON.parse(
      readFileSync(new URL('../../schema/extraction.schema.json', import.meta.url), 'utf8'),
    );
    expect(onDisk.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});
