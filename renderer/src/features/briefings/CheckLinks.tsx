import { useRef, useState } from 'react';
import { ShieldCheck } from 'lucide-react';
import type { LinkAudit } from '../../../../shared/audit/audit-links';
import { formatAuditLine } from '../../../../shared/audit/audit-links';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import { auditBriefing, auditWorkspace } from '../../db/link-audit';
import { useDialogSubmit } from '../../ui/use-dialog-submit';

/**
 * "Check links": audits every citation of the briefing's claims (or, on request, of the whole workspace) and lists the
 * wrong and unresolved ones, each linked to its claim.
 */
export function CheckLinks({ briefingId }: { briefingId: string }) {
  const { db } = useServices();
  const [audit, setAudit] = useState<LinkAudit | null>(null);
  // Which button submitted: a ref, because the submit runs before a state update from the click would render.
  const scope = useRef<'briefing' | 'workspace'>('briefing');
  const { busy, error, onSubmit } = useDialogSubmit(async () => setAudit(scope.current === 'briefing' ? await auditBriefing(db, briefingId) : await auditWorkspace(db)));
  return (
    <section className="briefing-checks" aria-labelledby="check-links-heading">
      <h3 id="check-links-heading">Links</h3>
      <form onSubmit={onSubmit}>
        <button type="submit" className="button" disabled={busy} onClick={() => (scope.current = 'briefing')}>
          <ShieldCheck size={16} aria-hidden /> Check links
        </button>{' '}
        <button type="submit" className="button ghost" disabled={busy} onClick={() => (scope.current = 'workspace')}>
          Check every link in the workspace
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {audit && (
        <div role="status" data-testid="link-audit">
          <p>{formatAuditLine(audit)}</p>
          {audit.findings.length > 0 && (
            <ul aria-label="Links to look at">
              {audit.findings.map((f) => (
                <li key={f.citationId} data-testid={`link-${f.verdict}`}>
                  <a href={routeHref({ view: 'claims', claimId: f.claimId })}>{f.claimText || 'claim'}</a>{' '}
                  <span className="small muted">
                    — {f.marker ? `${f.marker}, ` : ''}
                    {f.verdict}: {f.reasons.join('; ')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
