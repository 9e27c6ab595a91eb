import { routeHref } from '../../app/route';
import { StanceSchema, type Stance } from '../../../../shared/model';
import { describeSource, describeLocator } from '../../../../shared/briefing/footnote-text';
import type { CitationEvidence } from '../../db/evidence';
import { removeCitation, setCitationStance } from '../../db/citation-operations';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { showInSourceHref } from './CitationChip';
import { PassageView } from './PassageView';
import { VirtualList } from '../../ui/VirtualList';

// Up to this many citations of one stance are simply listed; a longer list draws only those in view.
const VIRTUALIZE_FROM = 30;
const LIST_MAX_PX = 720;

const STANCE_TITLES: Record<Stance, string> = { supports: 'Supporting', contradicts: 'Contradicting', context: 'Context' };

/** A claim's citations grouped by stance, each with its passage in context, its source, and controls to change its stance or remove it. */
export function CitationEvidenceList({ citations }: { citations: Record<Stance, CitationEvidence[]> }) {
  return (
    <section aria-labelledby="citations-title">
      <h3 id="citations-title">Citations</h3>
      {StanceSchema.options.map((stance) => (
        <div key={stance} className="stance-group" role="group" aria-label={`${STANCE_TITLES[stance]} citations`}>
          <h4 className={`stance-${stance}`}>
            {STANCE_TITLES[stance]} ({citations[stance].length})
          </h4>
          {citations[stance].length === 0 && <p className="muted small">None.</p>}
          {citations[stance].length < VIRTUALIZE_FROM ? (
            <ul className="evidence-list">
              {citations[stance].map((item) => (
                <li key={item.citation.id} className="evidence-item" data-testid="evidence-citation">
                  <EvidenceItem item={item} />
                </li>
              ))}
            </ul>
          ) : (
            <VirtualList
              className="evidence-list"
              label={`${STANCE_TITLES[stance]} citations`}
              count={citations[stance].length}
              estimateSize={160}
              maxHeight={LIST_MAX_PX}
              itemKey={(i) => citations[stance][i]?.citation.id ?? String(i)}
              renderItem={(i) => {
                const item = citations[stance][i];
                return item ? (
                  <div className="evidence-item" data-testid="evidence-citation">
                    <EvidenceItem item={item} />
                  </div>
                ) : null;
              }}
            />
          )}
        </div>
      ))}
    </section>
  );
}

function EvidenceItem({ item: { citation, cited, recordedIn, passage, newerVersion } }: { item: CitationEvidence }) {
  const { db } = useServices();
  const notify = useNotify();
  const fail = (e: unknown) => notify('error', e instanceof Error ? e.message : String(e));
  const where = describeLocator(citation) || 'citation';
  return (
    <>
      <p className="small">
        <strong>{where}</strong> · {cited ? describeSource(cited) : 'Missing source'}
        {recordedIn && cited && recordedIn.id !== cited.id && <> · recorded in {recordedIn.title}</>}
        {' · '}
        <span className={citation.resolved ? 'badge ok' : 'badge warn'}>{citation.resolved ? 'resolved' : 'unresolved'}</span>
        {!citation.resolved && citation.unresolvedReason && <span className="muted"> ({citation.unresolvedReason})</span>}
      </p>
      {newerVersion && (
        <p className="small" data-testid="earlier-version">
          <span className="badge warn">earlier version</span> This passage is quoted from the version imported {cited ? new Date(cited.importedAt).toLocaleString() : ''}.{' '}
          <a href={routeHref({ view: 'library', sourceId: newerVersion.id })}>A newer version</a> was imported {new Date(newerVersion.importedAt).toLocaleString()}.
        </p>
      )}
      <PassageView passage={passage} />
      <div className="evidence-actions">
        <a href={showInSourceHref(citation)}>Show in source</a>
        <select aria-label={`Stance of ${where}`} value={citation.stance} onChange={(e) => void setCitationStance(db, citation.id, StanceSchema.parse(e.target.value)).catch(fail)}>
          {StanceSchema.options.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <button type="button" className="button ghost danger" onClick={() => void removeCitation(db, citation.id).then(() => notify('info', 'Citation removed.'), fail)}>
          Remove {where}
        </button>
      </div>
    </>
  );
}
