import { routeHref, type ClaimsTab } from '../../app/route';

const TABS: readonly { tab: ClaimsTab; label: string }[] = [
  { tab: 'list', label: 'List' },
  { tab: 'matrix', label: 'Matrix' },
  { tab: 'conflicts', label: 'Conflicts' },
];

/** The claims view's tabs as links, so each tab is a bookmarkable place and the browser's back button works. */
export function ClaimsTabs({ current }: { current: ClaimsTab | null }) {
  return (
    <nav className="claims-tabs" aria-label="Claims views">
      {TABS.map(({ tab, label }) => (
        <a key={tab} href={routeHref({ view: 'claims', tab })} aria-current={current === tab ? 'page' : undefined}>
          {label}
        </a>
      ))}
    </nav>
  );
}
