/**
 * The IATI 2.03 export: the demo ledger's document is accepted by the official schema, the same
 * harness accepts the schema's should-pass and rejects its should-fail test documents, and every
 * code the export uses is in IATI's codelists.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportIati, iatiCodes } from '../../src/app/interchange/iati/export-iati.ts';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { actingAs } from '../../src/app/context.ts';
import { publicActor } from '../../src/domain/access/actor.ts';
import { openTestDb, tempDir, type TestDatabase } from '../support/db.ts';
import { codelist, iatiRoot, validatesAgainstIati } from '../support/iati-schema.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
});
afterAll(() => t?.close());

const xmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? xmlFiles(full) : name.endsWith('.xml') ? [full] : [];
  });

describe('the IATI schema harness', () => {
  const tests = path.join(iatiRoot, '2.03', 'tests', 'activity-tests');

  it('accepts every should-pass document of the schema', async () => {
    const files = xmlFiles(path.join(tests, 'should-pass'));
    expect(files.length).toBeGreaterThan(50);
    const verdicts = await validatesAgainstIati(files);
    expect(files.filter((f) => verdicts.get(f) !== true)).toEqual([]);
  }, 120_000);

  it('rejects every should-fail document of the schema', async () => {
    const files = xmlFiles(path.join(tests, 'should-fail'));
    expect(files.length).toBeGreaterThan(200);
    const verdicts = await validatesAgainstIati(files);
    expect(files.filter((f) => verdicts.get(f) !== false)).toEqual([]);
  }, 120_000);
});

describe('ramstein export --format iati', () => {
  it('writes a document of the demo ledger that the IATI 2.03 schema accepts', async () => {
    const { xml, activities, undated } = await exportIati(t.ctx);
    const file = path.join(tempDir(), 'iati.xml');
    writeFileSync(file, xml);
    expect((await validatesAgainstIati([file])).get(file)).toBe(true);
    expect(activities).toBeGreaterThan(60);
    expect(undated.length).toBeLessThan(5);
  }, 120_000);

  it('points pooled contributions and their package at each other, counting the money once', async () => {
    const { xml } = await exportIati(t.ctx);
    const activity = (id: string) => {
      const start = xml.indexOf(`<iati-identifier>${id}</iati-identifier>`);
      expect(start, id).toBeGreaterThan(0);
      return xml.slice(start, xml.indexOf('</iati-activity>', start));
    };
    const contribution = activity('RAMSTEIN-NL-nl-purl-2025-08');
    expect(contribution).toContain('receiver-activity-id="RAMSTEIN-NATO-package-PURL-1"');
    expect(contribution).toMatch(
      /<transaction-type code="12"\/>[\s\S]*?<value currency="EUR" value-date="[\d-]+">500000000.00<\/value>/,
    );
    expect(contribution).toContain(
      '<ramstein:commitment id="nl-purl-2025-08" mode="pooled" package="PURL-1"',
    );
    const pkg = activity('RAMSTEIN-NATO-package-PURL-1');
    expect(pkg).toContain('provider-activity-id="RAMSTEIN-NL-nl-purl-2025-08"');
    // The package only receives (incoming funds): its outgoing money is the funders'.
    expect(pkg.match(/<transaction-type code="(\d+)"/g)).toEqual(['<transaction-type code="1"']);
  });

  it('uses only codes of the IATI codelists', async () => {
    const codes = iatiCodes();
    const lists: Record<string, Record<string, string>> = {
      OrganisationType: codes.organisation_type,
      OrganisationRole: codes.organisation_role,
      ActivityStatus: codes.activity_status,
      ActivityDateType: codes.activity_date_type,
      TransactionType: codes.transaction_type,
      CollaborationType: codes.collaboration_type,
      FlowType: codes.flow_type,
      FinanceType: codes.finance_type,
      AidType: codes.aid_type,
      SectorVocabulary: codes.sector_vocabulary,
    };
    for (const [name, mapping] of Object.entries(lists)) {
      const known = codelist(name);
      const used = Object.entries(mapping).filter(([key]) => !key.startsWith('_'));
      expect(
        used.filter(([, code]) => !known.has(code)),
        name,
      ).toEqual([]);
    }
    const { xml } = await exportIati(t.ctx);
    const countries = codelist('Country');
    const recipients = [...xml.matchAll(/<recipient-country code="([^"]+)"/g)].map((m) => m[1]!);
    expect(recipients.length).toBeGreaterThan(0);
    expect(recipients.filter((c) => !countries.has(c))).toEqual([]);
    const currencies = codelist('Currency');
    const used = [...xml.matchAll(/<value currency="([^"]+)"/g)].map((m) => m[1]!);
    expect(used.filter((c) => !currencies.has(c))).toEqual([]);
  });

  it('shows a restricted commitment to its own nation only', async () => {
    const de = actingAs(t.ctx, { id: 'de-rep', role: 'representative', party: 'DE' }, 'test');
    await createCommitment(de, {
      id: 'de-restricted-iati',
      donor: 'DE',
      recipient: 'UA',
      mode: 'donation',
      items: [{ category: 'munitions', quantity: 1000 }],
      money: { amount: '1000000', currency: 'EUR', qualifier: 'exact', value_date: '2025-05-01' },
      announced_on: '2025-05-01',
      visibility: 'restricted',
    });
    const id = '<iati-identifier>RAMSTEIN-DE-de-restricted-iati</iati-identifier>';
    expect((await exportIati(de)).xml).toContain(id);
    expect((await exportIati(actingAs(t.ctx, publicActor, 'test'))).xml).not.toContain(id);
    const fr = actingAs(t.ctx, { id: 'fr-rep', role: 'representative', party: 'FR' }, 'test');
    expect((await exportIati(fr)).xml).not.toContain(id);
  });
});
