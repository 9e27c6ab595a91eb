import { describe, expect, it } from 'vitest';
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
