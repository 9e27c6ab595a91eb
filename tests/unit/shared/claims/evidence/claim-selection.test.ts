import { describe, expect, it } from 'vitest';
import { CHOOSE_ALL, CHOOSE_NONE, chosenCount, chosenIds, toggleChosen } from '../../../../../shared/claims/evidence/claim-selection';

const MATCHING = ['c1', 'c2', 'c3', 'c4'];

describe('chosenIds', () => {
  it('hands back the matching list itself when every claim is chosen, without copying it', () => {
    expect(chosenIds(CHOOSE_ALL, MATCHING)).toBe(MATCHING);
  });

  it('leaves out the unticked claims, in table order', () => {
    const selection = toggleChosen(toggleChosen(CHOOSE_ALL, 'c3'), 'c1');
    expect(chosenIds(selection, MATCHING)).toEqual(['c2', 'c4']);
    expect(chosenCount(selection, MATCHING)).toBe(2);
  });

  it('lists only the ticked claims that the filters still allow', () => {
    const selection = toggleChosen(toggleChosen(CHOOSE_NONE, 'c4'), 'gone');
    expect(chosenIds(CHOOSE_NONE, MATCHING)).toEqual([]);
    expect(chosenIds(selection, MATCHING)).toEqual(['c4']);
    expect(chosenCount(selection, MATCHING)).toBe(1);
  });
});
