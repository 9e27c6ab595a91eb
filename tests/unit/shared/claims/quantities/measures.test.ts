import { describe, expect, it } from 'vitest';
import { measureKey, parseShareMeasure } from '../../../../../shared/claims/quantities/measures';

describe('measureKey', () => {
  it('merges case, articles and synonyms', () => {
    expect(measureKey('Share of the global output')).toBe('share of world production');
    expect(measureKey("share of the world's production")).toBe('share of world production');
    expect(measureKey('export licences threshold')).toBe(measureKey('Export licenses threshold'));
    expect(measureKey('  reserves ')).toBe('reserves');
  });

  it('keeps different measures apart', () => {
    expect(measureKey('share of world refining')).not.toBe(measureKey('share of world production'));
    expect(measureKey('change in exports')).not.toBe(measureKey('exports'));
  });
});

describe('parseShareMeasure', () => {
  it('reads the whole and whether it is the world\'s', () => {
    expect(parseShareMeasure('share of global reserves')).toEqual({ base: 'reserves', worldScope: true });
    expect(parseShareMeasure("share of the world's output")).toEqual({ base: 'output', worldScope: true });
    expect(parseShareMeasure('share of worldwide supply of magnets')).toEqual({ base: 'supply of magnets', worldScope: true });
    expect(parseShareMeasure('share of refining')).toEqual({ base: 'refining', worldScope: false });
    expect(parseShareMeasure('share of 全球储量')).toEqual({ base: '储量', worldScope: true });
  });

  it('refuses measures that are not shares', () => {
    expect(parseShareMeasure('reserves')).toBeUndefined();
    expect(parseShareMeasure('share of')).toBeUndefined();
    expect(parseShareMeasure('market share')).toBeUndefined();
  });
});
