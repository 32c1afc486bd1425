import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditActions, isAuditAction, recordAction } from './actions.ts';

/** The actions docs/access.md lists between its audit-actions markers. */
function documented(): string[] {
  const doc = fs.readFileSync('docs/access.md', 'utf8');
  const section = doc.split('<!-- audit-actions:start -->')[1]?.split('<!-- audit-actions:end -->')[0] ?? '';
  return [...section.matchAll(/^- `([^`]+)`$/gm)].map((m) => m[1]!);
}

describe('audit actions', () => {
  it('are the ones the documentation lists, no more and no fewer', () => {
    expect(documented().sort()).toEqual([...auditActions].sort());
  });

  it('are each listed once', () => {
    expect(new Set(auditActions).size).toBe(auditActions.length);
  });

  it('name a revert only for records that are reverted one by one', () => {
    expect(recordAction('package', 'revert')).toBe('package.revert');
    expect(() => recordAction('user', 'revert')).toThrow(/no audit action/);
    expect(() => recordAction('commitment"; DROP TABLE audit_events; --', 'revert')).toThrow();
    expect(isAuditAction('commitment.event.delivery')).toBe(true);
    expect(isAuditAction('commitment.event.teleport')).toBe(false);
  });
});
