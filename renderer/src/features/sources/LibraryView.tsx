import { useCallback, useEffect, useState } from 'react';
import { ClipboardPaste, FileText } from 'lucide-react';
import { languageLabel } from '../../../../shared/ingest/detect-language';
import { formatSourceDate } from '../../../../shared/briefing/footnote-text';
import { openSourceListing, loadSources, sourceIdsNewestFirst, watchSources } from '../../db/queries';
import { VirtualList } from '../../ui/VirtualList';
import { useKeptWatchedRead, usePagedRows } from '../../ui/use-kept-live-query';
import { afterNextPaint } from '../../ui/after-next-paint';
import type { Source } from '../../../../shared/model';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import { SplitPanes } from '../../ui/SplitPanes';
import { ReaderPane } from '../reader/ReaderPane';

const NO_IDS: string[] = [];
// Sources read with the count, to draw the first screen of the list at once: more than fit on a tall window.
const PAGE = 40;

/** The library: every source on the left (only those on screen drawn), the chosen one in the reader on the right. */
export function LibraryView({ sourceId, at, onPaste }: { sourceId?: string; at?: { start: number; end: number }; onPaste: () => void }) {
  const { db } = useServices();
  const listing = useKeptWatchedRead(() => watchSources(db), () => openSourceListing(db, PAGE), [db]).value;
  // Every id is read only once the list is scrolled past its first page.
  const [scrolled, setScrolled] = useState(false);
  const allIds = useKeptWatchedRead(() => watchSources(db), async () => (scrolled ? sourceIdsNewestFirst(db) : undefined), [db, scrolled]).value;
  const ids = allIds ?? listing?.firstIds;
  const { rows, onRange } = usePagedRows(ids ?? NO_IDS, (page) => loadSources(db, page), [db], { pageSize: PAGE, firstPage: listing?.firstPage });
  const firstCount = listing?.firstIds.length ?? 0;
  const onListRange = useCallback(
    (first: number, last: number) => {
      if (last >= firstCount) setScrolled(true);
      onRange(first, last);
    },
    [firstCount, onRange],
  );
  const readerShown = useShownAfterPaint(rows.size > 0);
  if (listing?.count === 0) return <EmptyLibrary onPaste={onPaste} />;
  const count = listing?.count;
  const selected = sourceId ?? ids?.[0];
  // The panes are drawn before the listing answers, empty: react-resizable-panels measures its panes (offsetLeft) as
  // they mount, which lays out everything drawn with them in the same task; drawn with the list's rows, that was one
  // 190-240 ms task on the first opening at 10,000 sources. The rows follow in a frame of their own.
  return (
    <>
      <header className="toolbar">
        <h1>Library</h1>
        {count !== undefined && (
          <span className="small muted">
            {count.toLocaleString()} {count === 1 ? 'source' : 'sources'}
          </span>
        )}
      </header>
      <SplitPanes
        id="library"
        listLabel="Sources"
        // The reader beside the list needs room for its text column and the annotations pane.
        listSize={26}
        list={
          count !== undefined &&
          ids !== undefined && (
            <VirtualList
              className="list library-list"
              count={count}
              estimateSize={72}
              itemKey={(i) => ids[i] ?? String(i)}
              onRange={onListRange}
              testId="library-list"
              renderItem={(i) => {
                const source = rows.get(ids[i] ?? '');
                return source ? <SourceItem source={source} current={source.id === selected} /> : <div className="list-item muted small">Loading…</div>;
              }}
            />
          )
        }
        detail={selected && readerShown ? <ReaderPane key={selected} sourceId={selected} at={at} /> : null}
      />
    </>
  );
}

function EmptyLibrary({ onPaste }: { onPaste: () => void }) {
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

/**
 * Whether to draw the reader yet: once the list's rows are on screen, after the frame that paints them. The reader
 * lays out a whole source and its annotations, about 100 ms at 10,000 sources on a 2-core machine; drawn in the list's
 * frame it held the list back by that much. Once shown it stays shown.
 */
function useShownAfterPaint(listDrawn: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => (listDrawn && !shown ? afterNextPaint(() => setShown(true)) : undefined), [listDrawn, shown]);
  return shown;
}

function SourceItem({ source: s, current }: { source: Source; current: boolean }) {
  return (
    <div className="list-item" aria-current={current ? 'true' : undefined}>
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
    </div>
  );
}
