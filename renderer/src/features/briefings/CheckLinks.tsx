import { useState } from 'react';
import { ShieldCheck } from 'lucide-react';
import type { LinkAudit } from '../../../../shared/audit/audit-links';
import { formatAuditLine } from '../../../../shared/audit/audit-links';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import { auditBriefing } from '../../db/link-audit';
import { useDialogSubmit } from '../../ui/use-dialog-submit';

/** "Check links": audits every citation of the briefing's claims and lists the wrong and unresolved ones, each linked to its claim. */
export function CheckLinks({ briefingId }: { briefingId: string }) {
  const { db } = useServices();
  const [audit, setAudit] = useState<LinkAudit | null>(null);
  const { busy, error, onSubmit } = useDialogSubmit(async () => setAudit(await auditBriefing(db, briefingId)));
  return (
    <section className="briefing-checks" aria-labelledby="check-links-heading">
      <h3 id="check-links-heading">Links</h3>
      <form onSubmit={onSubmit}>
        <button type="submit" className="button" disabled={busy}>
          <ShieldCheck size={16} aria-hidden /> Check links
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
