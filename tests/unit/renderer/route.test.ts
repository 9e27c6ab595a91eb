import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRoute, routeHref, type Route } from '../../../renderer/src/app/route';

describe('routes', () => {
  it('round-trips every view through the hash, passage included', () => {
    const routes: Route[] = [
      { view: 'library' },
      { view: 'library', sourceId: 'a b' },
      { view: 'library', sourceId: 'x', at: { start: 10, end: 42 } },
      { view: 'claims' },
      { view: 'claims', claimId: 'c1' },
      { view: 'claims', tab: 'matrix' },
      { view: 'claims', claimId: 'c2', tab: 'conflicts' },
      { view: 'briefings', briefingId: 'b' },
      { view: 'workspace' },
      { view: 'settings' },
    ];
    for (const r of routes) expect(parseRoute(routeHref(r))).toEqual(r);
  });

  it('treats anything unknown as the library', () => {
    expect(parseRoute('#/nowhere')).toEqual({ view: 'library' });
    expect(parseRoute('')).toEqual({ view: 'library' });
  });
});

describe('routes from hostile hashes', () => {
  it('keeps a malformed percent escape as written instead of throwing', () => {
    expect(parseRoute('#/claims/%E0%A4%A')).toEqual({ view: 'claims', claimId: '%E0%A4%A' });
    expect(parseRoute('#/library/%')).toEqual({ view: 'library', sourceId: '%' });
    expect(parseRoute('#/%zz/x')).toEqual({ view: 'library', sourceId: 'x' });
  });

  it('writes a hash for an id with a lone surrogate, with the broken character replaced', () => {
    const href = routeHref({ view: 'claims', claimId: '\udfffclaim' });
    expect(parseRoute(href)).toEqual({ view: 'claims', claimId: '\ufffdclaim' });
    expect(routeHref({ view: 'library', sourceId: 'a\ud800' })).toBe('#/library/a%EF%BF%BD');
  });

  it('never throws, whatever the hash or id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        parseRoute(text);
        parseRoute(`#/claims/${text}`);
        for (const route of [{ view: 'library', sourceId: text }, { view: 'claims', claimId: text }, { view: 'briefings', briefingId: text }] as Route[]) {
          const parsed = parseRoute(routeHref(route));
          expect(parsed.view).toBe(route.view);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
