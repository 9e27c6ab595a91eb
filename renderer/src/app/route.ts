import { useEffect, useState } from 'react';

/** The claims view's tabs: the list, the claim-by-source matrix, the conflicts. */
export type ClaimsTab = 'list' | 'matrix' | 'conflicts';

/** The views of the app; the hash keeps the place across reloads and makes every view linkable. */
export type Route =
  | { view: 'library'; sourceId?: string; at?: { start: number; end: number } }
  | { view: 'claims'; claimId?: string; tab?: ClaimsTab }
  | { view: 'briefings'; briefingId?: string }
  | { view: 'workspace' }
  | { view: 'settings' };

/** Decodes one percent-encoded part of the hash; a malformed escape (a typed or pasted URL) is kept as written rather than thrown. */
function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Replaces lone UTF-16 surrogates with U+FFFD, since `encodeURIComponent` throws on them. */
function toWellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function encodePart(part: string): string {
  return encodeURIComponent(toWellFormed(part));
}

/** Reads a route from a location hash such as `#/library/<id>`; anything unknown is the library. Never throws. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view, id] = path.split('/').map(decodePart);
  const at = /^(\d+)-(\d+)$/.exec(new URLSearchParams(query).get('at') ?? '');
  switch (view) {
    case 'claims': {
      const tab = new URLSearchParams(query).get('tab');
      const route: Route = { view: 'claims' };
      if (id) route.claimId = id;
      if (tab === 'list' || tab === 'matrix' || tab === 'conflicts') route.tab = tab;
      return route;
    }
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

/** The hash for a route; an id that cannot be encoded as it is (a lone surrogate) is encoded with the broken character replaced. Never throws. */
export function routeHref(route: Route): string {
  switch (route.view) {
    case 'library':
      if (!route.sourceId) return '#/library';
      return `#/library/${encodePart(route.sourceId)}${route.at ? `?at=${route.at.start}-${route.at.end}` : ''}`;
    case 'briefings':
      return route.briefingId ? `#/briefings/${encodePart(route.briefingId)}` : '#/briefings';
    case 'claims': {
      const tab = route.tab ? `?tab=${route.tab}` : '';
      return route.claimId ? `#/claims/${encodePart(route.claimId)}${tab}` : `#/claims${tab}`;
    }
    default:
      return `#/${route.view}`;
  }
}

/** Goes to a route. */
export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

type NavigationListener = (next: Route, last: Route) => void;
const navigationListeners = new Set<NavigationListener>();
let lastRoute: Route | undefined;

// One listener, added as this module loads and so before any view's: what is told of a navigation through
// `onNavigation` is told before a view draws it (React draws the state a view's listener sets at once, in a microtask,
// before later listeners run).
if (typeof window !== 'undefined') {
  lastRoute = parseRoute(window.location.hash);
  window.addEventListener('hashchange', () => {
    const next = parseRoute(window.location.hash);
    const last = lastRoute ?? next;
    lastRoute = next;
    for (const listener of navigationListeners) listener(next, last);
  });
}

/** Tells `listener` of each navigation, with the route left, before any view draws it; returns how to stop. */
export function onNavigation(listener: NavigationListener): () => void {
  navigationListeners.add(listener);
  return () => navigationListeners.delete(listener);
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
