import type { ClaimFlags } from '../../../../shared/claims/evidence/claim-flags';

/** A claim's warning flags as labelled badges (words, not colour alone); nothing when it has none. */
export function ClaimFlagBadges({ flags, conflictCount = 0 }: { flags: ClaimFlags; conflictCount?: number }) {
  return (
    <span className="claim-flags">
      {flags.unsupported && <span className="badge warn">unsupported</span>}
      {flags.disputed && <span className="badge warn">disputed</span>}
      {conflictCount > 0 && <span className="badge warn">conflict{conflictCount > 1 ? ` ×${conflictCount}` : ''}</span>}
      {flags.singleSource && <span className="badge">single source</span>}
      {flags.summaryOnly && <span className="badge">summary only</span>}
    </span>
  );
}
