import { useEffect, useState } from 'react';

/** The views of the app; the hash keeps the place across reloads and makes every view linkable. */
export type Route =
  | { view: 'library'; sourceId?: string; at?: { start: number; end: number } }
  | { view: 'claims' }
  | { view: 'briefings'; briefingId?: string }
  | { view: 'workspace' }
  | { view: 'settings' };

/** Reads a route from a location hash such as `#/library/<id>`; anything unknown is the library. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view, id] = path.split('/').map(decodeURIComponent);
  const at = /^(\d+)-(\d+)$/.exec(new URLSearchParams(query).get('at') ?? '');
  switch (view) {
    case 'claims':
      return { view: 'claims' };
    case 'briefings':
      return id ? { view: 'briefings', briefingId: id } : { view: 'briefings' };
    case 'workspace':
      return { view: 'workspace' };
    case 'settings':
      return { view: 'settings' };
    default:
      if (!id) return { view: 'library' };
      return at ? { view: 'library', sourceId: id, at: { start: Number(at[1]), end: Number(at[2]) } } : { view: 'library', sourceId: id };
  }
}

/** The hash for a route. */
export function routeHref(route: Route): string {
  switch (route.view) {
    case 'library':
      if (!route.sourceId) return '#/library';
      return `#/library/${encodeURIComponent(route.sourceId)}${route.at ? `?at=${route.at.start}-${route.at.end}` : ''}`;
    case 'briefings':
      return route.briefingId ? `#/briefings/${encodeURIComponent(route.briefingId)}` : '#/briefings';
    default:
      return `#/${route.view}`;
  }
}

/** Goes to a route. */
export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** The current route, updated when the hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
