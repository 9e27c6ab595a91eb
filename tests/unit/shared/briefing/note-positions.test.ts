import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NOTE_POSITION, notePositions } from '../../../../shared/briefing/note-positions';
import type { CslCite } from '../../../../shared/briefing/citation-formatter';

const { first, subsequent, ibid, ibidWithLocator } = NOTE_POSITION;

describe('notePositions', () => {
  it('tells first, Ibid., Ibid. with another place, and later repeats apart', () => {
    const cites: CslCite[] = [
      { itemId: 'a', locator: '1', label: 'paragraph' },
      { itemId: 'a', locator: '1', label: 'paragraph' },
      { itemId: 'a', locator: '2', label: 'paragraph' },
      { itemId: 'b' },
      { itemId: 'a', locator: '2', label: 'paragraph' },
      { itemId: 'a' },
    ];
    expect(notePositions(cites)).toEqual([first, ibid, ibidWithLocator, first, subsequent, subsequent]);
  });

  it('gives first to exactly the first cite of each item, and Ibid. only right after a cite of the same item', () => {
    const cite = fc.record({ itemId: fc.constantFrom('a', 'b', 'c'), locator: fc.option(fc.constantFrom('1', '2'), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(cite, { maxLength: 30 }), (cites) => {
        const positions = notePositions(cites);
        cites.forEach((c, i) => {
          const seenBefore = cites.slice(0, i).some((d) => d.itemId === c.itemId);
          expect(positions[i] === first).toBe(!seenBefore);
          if (positions[i] === ibid || positions[i] === ibidWithLocator) expect(cites[i - 1]?.itemId).toBe(c.itemId);
        });
      }),
    );
  });
});
