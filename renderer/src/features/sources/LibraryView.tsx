import { useLiveQuery } from 'dexie-react-hooks';
import { ClipboardPaste, FileText } from 'lucide-react';
import { languageLabel } from '../../../../shared/ingest/detect-language';
import { formatSourceDate } from '../../../../shared/briefing/footnote-text';
import { listSources } from '../../db/queries';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import { SplitPanes } from '../../ui/SplitPanes';
import { ReaderPane } from '../reader/ReaderPane';

/** The library: every source on the left, the chosen one in the reader on the right. */
export function LibraryView({ sourceId, at, onPaste }: { sourceId?: string; at?: { start: number; end: number }; onPaste: () => void }) {
  const { db } = useServices();
  const sources = useLiveQuery(() => listSources(db), [db]);
  if (sources === undefined) return null;

  if (sources.length === 0) {
    return (
      <>
        <header className="toolbar">
          <h1>Library</h1>
        </header>
        <div className="empty">
          <FileText size={40} aria-hidden />
          <h2>No sources yet</h2>
          <p>Bring in an article, a report or a summary: choose “Import files” (web pages saved as .html, PDF, Word .docx, Markdown, plain text, and reference lists in CSL-JSON, BibTeX or RIS), drop files onto the window, or paste text. Summaries with markers such as [8] become claims with citations.</p>
          <div className="actions">
            <button type="button" className="button" onClick={onPaste}>
              <ClipboardPaste size={16} aria-hidden /> Paste text…
            </button>
          </div>
        </div>
      </>
    );
  }

  const selected = sourceId ?? sources[0]?.id;
  return (
    <>
      <header className="toolbar">
        <h1>Library</h1>
        <span className="small muted">{sources.length} {sources.length === 1 ? 'source' : 'sources'}</span>
      </header>
      <SplitPanes
        id="library"
        listLabel="Sources"
        list={
          <ul className="list">
            {sources.map((s) => (
              <li key={s.id} className="list-item" aria-current={s.id === selected ? 'true' : undefined}>
                <a href={routeHref({ view: 'library', sourceId: s.id })}>
                  <span className="list-title" lang={s.lang === 'zh' || /\p{Script=Han}/u.test(s.title) ? 'zh' : undefined}>
                    {s.title}
                  </span>
                  <span className="list-meta">
                    {s.publisher && <span>{s.publisher}</span>}
                    {s.publishedAt && <span>{formatSourceDate(s.publishedAt)}</span>}
                    <span className="badge">{s.kind}</span>
                    <span>{languageLabel(s.lang)}</span>
                    {s.tags.map((t) => (
                      <span key={t} className="badge">
                        #{t}
                      </span>
                    ))}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        }
        detail={selected ? <ReaderPane key={selected} sourceId={selected} at={at} /> : null}
      />
    </>
  );
}
