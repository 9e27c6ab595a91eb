import { describe, expect, it } from 'vitest';
import { describeChange } from '../../../../shared/history/describe-change';
import { planUndo, recordChangeOf, sameRecord } from '../../../../shared/history/undo-plan';
import type { Claim } from '../../../../shared/model';

const claim: Claim = { id: 'c1', text: 'Prices rose 40% in 2023.', status: 'draft', tags: [], note: '', order: 0, quantities: [], createdAt: 't0', updatedAt: 't0' };
const edited: Claim = { ...claim, note: 'checked', status: 'supported', updatedAt: 't1' };

describe('planning an undo from a history entry', () => {
  it('reverts an edit only while the record is as the edit left it', () => {
    const change = recordChangeOf({ entity: 'claim', op: 'update', before: claim, after: edited })!;
    const ok = planUndo(change, 'undo', () => edited);
    expect(ok).toEqual({ ok: true, writes: { puts: [{ table: 'claims', record: claim }], deletes: [] } });
    const later = { ...edited, note: 'changed in another tab' };
    expect(planUndo(change, 'undo', () => later)).toEqual({ ok: false, conflicts: [{ table: 'claims', id: 'c1', kind: 'changed' }] });
    expect(planUndo(change, 'undo', () => undefined)).toEqual({ ok: false, conflicts: [{ table: 'claims', id: 'c1', kind: 'gone' }] });
  });

  it('undoes a create by deleting, a delete by putting back, and redo the other way', () => {
    const created = recordChangeOf({ entity: 'claim', op: 'create', after: { claims: [claim], citations: [] } })!;
    expect(planUndo(created, 'undo', () => claim)).toEqual({ ok: true, writes: { puts: [], deletes: [{ table: 'claims', id: 'c1' }] } });
    expect(planUndo(created, 'redo', () => undefined)).toEqual({ ok: true, writes: { puts: [{ table: 'claims', record: claim }], deletes: [] } });
    // Something of the same id came back since: putting it back again would overwrite it.
    expect(planUndo(created, 'redo', () => edited)).toMatchObject({ ok: false, conflicts: [{ kind: 'back' }] });
  });

  it('does not offer to undo imports, restores, settings or payloads that are not records', () => {
    expect(recordChangeOf({ entity: 'source', op: 'import', after: { title: 'x', kind: 'text', claims: 0, citations: 0 } })).toBeUndefined();
    expect(recordChangeOf({ entity: 'workspace', op: 'update', before: 1, after: 2 })).toBeUndefined();
    expect(recordChangeOf({ entity: 'claim', op: 'import', after: { claims: [claim] } })).toBeUndefined();
    expect(recordChangeOf({ entity: 'citation', op: 'update', before: { legacy: true }, after: { legacy: true } })).toBeUndefined();
  });

  it('compares records by value, an undefined field counting as absent', () => {
    expect(sameRecord({ a: 1, b: undefined, c: [1, { d: 2 }] }, { c: [1, { d: 2 }], a: 1 })).toBe(true);
    expect(sameRecord({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameRecord([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });
});

describe('a history entry in words', () => {
  it('names the operation, the record and the fields an edit changed', () => {
    expect(describeChange({ entity: 'claim', entityId: 'c1', op: 'delete', before: { claims: [claim], citations: [] } })).toBe('delete claim “Prices rose 40% in 2023.”');
    expect(describeChange({ entity: 'claim', entityId: 'c1', op: 'update', before: claim, after: edited })).toBe('edit claim “Prices rose 40% in 2023.”: status, note');
    const long = { ...claim, text: 'A very long claim that goes on and on about rare earth supply chains and prices' };
    expect(describeChange({ entity: 'claim', entityId: 'c1', op: 'create', after: long })).toBe('create claim “A very long claim that goes on and on about rar…”');
    expect(describeChange({ entity: 'workspace', entityId: 'setting:importSizeLimitMB', op: 'update', before: 50, after: 20 })).toBe('edit setting “importSizeLimitMB”');
  });
});
