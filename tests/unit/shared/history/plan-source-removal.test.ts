import { describe, expect, it } from 'vitest';
import { planSourceRemoval, type RemovalInput } from '../../../../shared/history/plan-source-removal';
import type { Citation, Claim, Source } from '../../../../shared/model';

const AT = '2026-12-01T00:00:00.000Z';

function source(id: string, extra: Partial<Source> = {}): Source {
  return { id, title: `Source ${id}`, lang: 'en', authors: [], kind: 'html', contentHash: `h-${id}`, importedAt: AT, importedFrom: { method: 'paste' }, tags: [], ...extra };
}
function claim(id: string, extra: Partial<Claim> = {}): Claim {
  return { id, text: `Claim ${id}`, status: 'draft', tags: [], note: '', order: 0, quantities: [], createdAt: AT, updatedAt: AT, ...extra };
}
function citation(id: string, claimId: string, sourceId: string, extra: Partial<Citation> = {}): Citation {
  return { id, claimId, sourceId, locator: {}, stance: 'supports', resolved: true, createdAt: AT, ...extra };
}
function input(extra: Partial<RemovalInput>): RemovalInput {
  return { sources: [], linkedSources: [], ownedClaims: [], originClaims: [], citations: [], annotations: [], collections: [], ...extra };
}

describe('planSourceRemoval', () => {
  it('relinks a later version to the removed one’s predecessor, and keeps nothing that names the removed source', () => {
    const v1 = source('v1');
    const v2 = source('v2', { previousVersionId: 'v1' });
    const v3 = source('v3', { previousVersionId: 'v2' });
    const plan = planSourceRemoval(input({ sources: [v2], linkedSources: [v3] }), AT);
    expect(plan.change.before.sources).toEqual([v2, v3]);
    expect(plan.change.after.sources).toEqual([{ ...v3, previousVersionId: v1.id }]);
    expect(JSON.stringify(plan.change.after)).not.toContain('"v2"');
  });

  it('removes citations in or into the source, leaves a summary’s markers unresolved with the reason, and lists claims that lost evidence', () => {
    const original = source('o', { title: 'The original' });
    const summary = source('s', { originalSourceId: 'o' });
    const quoted = citation('c1', 'k1', 'o');
    const marker = citation('c2', 'k2', 's', { resolvedSourceId: 'o', locator: { marker: '[3]', markerNumber: 3, paragraph: 3 } });
    const plan = planSourceRemoval(input({ sources: [original], linkedSources: [summary], citations: [quoted, marker], originClaims: [claim('k1', { originSourceId: 'o' })] }), AT);
    expect(plan.change.before.citations).toEqual([quoted, marker]);
    expect(plan.change.after.citations).toEqual([{ id: 'c2', claimId: 'k2', sourceId: 's', locator: { marker: '[3]', markerNumber: 3 }, stance: 'supports', resolved: false, unresolvedReason: 'the original “The original” was deleted', createdAt: AT }]);
    expect(plan.change.after.sources).toEqual([source('s')]);
    expect(plan.change.after.claims).toEqual([claim('k1')]);
    expect(plan.lostEvidence).toEqual(['k1']);
    expect([plan.removedCitations, plan.unresolvedCitations]).toEqual([1, 1]);
  });

  it('takes owned claims with all their citations, and does not count them as claims that lost evidence', () => {
    const summary = source('s');
    const own = claim('k', { originSourceId: 's' });
    const elsewhere = citation('c', 'k', 'other');
    const plan = planSourceRemoval(input({ sources: [summary], ownedClaims: [own], citations: [elsewhere] }), AT);
    expect(plan.change.before).toEqual({ sources: [summary], claims: [own], citations: [elsewhere] });
    expect(plan.change.after).toEqual({});
    expect(plan.lostEvidence).toEqual([]);
  });
});
