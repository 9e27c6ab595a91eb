import { useLiveQuery } from 'dexie-react-hooks';
import { FileDown, FileText, Trash2 } from 'lucide-react';
import { listBriefings, loadBriefingDocument } from '../../db/queries';
import { deleteBriefing } from '../../db/briefings';
import { useServices } from '../../app/services';
import { navigate, routeHref } from '../../app/route';
import { useNotify } from '../../ui/notices';
import { SplitPanes } from '../../ui/SplitPanes';
import { briefingDate, exportBriefingMarkdown } from './export-briefing';
import './briefings.css';

/** Briefings on the left; the chosen one previewed as it will export, with its footnotes. */
export function BriefingsView({ briefingId }: { briefingId?: string }) {
  const { db } = useServices();
  const briefings = useLiveQuery(() => listBriefings(db), [db]);
  if (briefings === undefined) return null;
  if (briefings.length === 0) {
    return (
      <>
        <header className="toolbar">
          <h1>Briefings</h1>
        </header>
        <div className="empty">
          <FileText size={40} aria-hidden />
          <h2>No briefings yet</h2>
          <p>
            Go to <a href={routeHref({ view: 'claims' })}>Claims</a>, choose the claims to brief on, and press “Export briefing”. Every claim is footnoted with its citations.
          </p>
        </div>
      </>
    );
  }
  const selected = briefingId ?? briefings[0]?.id;
  return (
    <>
      <header className="toolbar">
        <h1>Briefings</h1>
      </header>
      <SplitPanes
        id="briefings"
        listLabel="Briefings"
        list={
          <ul className="list">
            {briefings.map((b) => (
              <li key={b.id} className="list-item" aria-current={b.id === selected ? 'true' : undefined}>
                <a href={routeHref({ view: 'briefings', briefingId: b.id })}>
                  <span className="list-title">{b.title}</span>
                  <span className="list-meta">
                    <span>{b.sections.reduce((n, s) => n + s.items.length, 0)} items</span>
                    <span>updated {new Date(b.updatedAt).toLocaleString()}</span>
                  </span>
                </a>
              </li>
            ))}
          </ul>
        }
        detail={selected ? <BriefingPreview briefingId={selected} /> : null}
      />
    </>
  );
}

function BriefingPreview({ briefingId }: { briefingId: string }) {
  const { db, platform } = useServices();
  const notify = useNotify();
  const doc = useLiveQuery(() => loadBriefingDocument(db, briefingId, briefingDate()), [db, briefingId]);
  if (doc === undefined) return null;
  if (doc === null) return <p className="empty">This briefing no longer exists.</p>;
  return (
    <article className="briefing-preview" aria-label="Briefing preview">
      <div className="briefing-actions">
        <button
          type="button"
          className="button primary"
          onClick={() =>
            void exportBriefingMarkdown(db, platform, briefingId)
              .then((o) => o.saved && notify('success', `Saved to ${o.location}.`))
              .catch((e: Error) => notify('error', e.message))
          }
        >
          <FileDown size={16} aria-hidden /> Export Markdown
        </button>
        <button
          type="button"
          className="button danger"
          onClick={() => void deleteBriefing(db, briefingId).then(() => navigate({ view: 'briefings' }))}
        >
          <Trash2 size={16} aria-hidden /> Delete briefing
        </button>
      </div>
      <h2>{doc.title}</h2>
      <p className="muted small">
        {doc.audience && `For ${doc.audience} · `}
        {doc.date}
      </p>
      {doc.sections.map((section, i) => (
        <section key={i}>
          {section.heading && <h3>{section.heading}</h3>}
          <ul>
            {section.blocks.map((block, j) =>
              block.kind === 'prose' ? (
                <p key={j}>{block.text}</p>
              ) : (
                <li key={j}>
                  {block.text}
                  {block.footnotes.map((n, k) => (
                    <sup key={n}>
                      {k > 0 && ','}
                      <a href={`#fn-${n}`} aria-label={`Footnote ${n}`} onClick={(e) => { e.preventDefault(); document.getElementById(`fn-${n}`)?.scrollIntoView(); }}>
                        {n}
                      </a>
                    </sup>
                  ))}
                </li>
              ),
            )}
          </ul>
        </section>
      ))}
      <section className="footnotes" aria-label="Footnotes">
        <h3>Sources</h3>
        <ol>
          {doc.footnotes.map((f) => (
            <li key={f.n} id={`fn-${f.n}`}>
              {f.text}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
