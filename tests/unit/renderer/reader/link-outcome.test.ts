import { describe, expect, it } from 'vitest';
import type { LinkOutcome, UnresolvedMarker } from '../../../../renderer/src/db/link-original';
import { describeLinkOutcome, linkProblems } from '../../../../renderer/src/features/reader/link-outcome';

const resolved = { claimId: 'c', citationId: 'r', marker: '[17]', markerNumber: 17, reference: 28 };
const missing: UnresolvedMarker = { claimId: 'c', citationId: 'u', marker: '[400]', markerNumber: 400, problem: 'no-marker', reason: 'the original has no marker [400]' };
const twoLists: UnresolvedMarker = { claimId: 'c', citationId: 'a', marker: '[2]', markerNumber: 2, problem: 'ambiguous', reason: 'ambiguous: [2] reads in 2 lists (Notes, References)' };

describe('describeLinkOutcome', () => {
  it('says every marker found its place only when none is unresolved or ambiguous', () => {
    const outcome: LinkOutcome = { reading: 'reference', resolved: [resolved], unresolved: [], ambiguous: [] };
    expect(describeLinkOutcome(outcome)).toBe('1 citation resolved, 0 unresolved, 0 ambiguous; every marker found its place.');
    expect(describeLinkOutcome({ ...outcome, resolved: [] })).toBe('0 citations resolved, 0 unresolved, 0 ambiguous; this summary has no markers to resolve.');
  });

  it('counts unresolved and ambiguous markers apart and lists each once with its reason', () => {
    const outcome: LinkOutcome = { reading: 'reference', resolved: [resolved], unresolved: [missing, { ...missing, citationId: 'u2' }], ambiguous: [twoLists] };
    expect(describeLinkOutcome(outcome)).toBe('1 citation resolved, 2 unresolved, 1 ambiguous.');
    expect(linkProblems(outcome)).toEqual(['[400]: the original has no marker [400]', '[2]: ambiguous: [2] reads in 2 lists (Notes, References)']);
  });
});
