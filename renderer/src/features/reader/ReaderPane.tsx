import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Search } from 'lucide-react';
import type { Annotation } from '../../../../shared/model';
import { findPositionSelector } from '../../../../shared/anchoring/selectors';
import { findMatches } from '../../../../shared/reading/find-matches';
import type { Mark } from '../../../../shared/reading/segments';
import { loadSourceView } from '../../db/queries';
import { createAnnotation } from '../../db/annotations';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { ReaderBody, type ReaderBodyHandle } from './ReaderBody';
import { ReaderHeader } from './ReaderHeader';
import { FindBar } from './FindBar';
import { SelectionToolbar, type SelectionAction } from './SelectionToolbar';
import { AnnotationSidebar } from './AnnotationSidebar';
import { selectedRange } from './text-offsets';
import { useReaderMarks } from './use-reader-marks';
import { ClaimFromSelectionDialog, type ClaimDialogMode } from './ClaimFromSelectionDialog';
import { CandidateClaimsPanel } from './CandidateClaimsPanel';
import './reader.css';
import { ReferenceLists } from './ReferenceLists';
import { langAttribute } from '../../../../shared/reading/block-language';

// How long a passage opened from a claim stays flashed.
const FLASH_MS = 2500;

/** Reads one source: metadata and provenance, its blocks (virtualized) with marks, find, go to paragraph, and annotating a selection. */
export function ReaderPane({ sourceId, at }: { sourceId: string; at?: { start: number; end: number } }) {
  const { db } = useServices();
  const notify = useNotify();
  const view = useLiveQuery(() => loadSourceView(db, sourceId), [db, sourceId]);
  const { marks, titles } = useReaderMarks(sourceId);
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyStartRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<ReaderBodyHandle>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [findOpen, setFindOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const [toolbar, setToolbar] = useState<{ start: number; end: number; top: number; left: number } | null>(null);
  const [focus, setFocus] = useState<{ id: string; field: 'note' | 'tags' } | null>(null);
  const [flash, setFlash] = useState<{ start: number; end: number } | null>(null);
  const [candidatesOpen, setCandidatesOpen] = useState(false);
  const [claimDialog, setClaimDialog] = useState<{ mode: ClaimDialogMode; start: number; end: number } | null>(null);
  const text = view?.text?.text ?? '';
  const blocks = useMemo(() => view?.text?.blocks ?? [], [view]);

  useLayoutEffect(() => {
    const measure = () => setScrollMargin(bodyStartRef.current?.offsetTop ?? 0);
    measure();
    const observer = new ResizeObserver(measure);
    if (scrollRef.current?.firstElementChild) observer.observe(scrollRef.current.firstElementChild);
    return () => observer.disconnect();
  }, [view]);

  const matches = useMemo(() => (findOpen ? findMatches(text, query) : []), [findOpen, text, query]);
  useEffect(() => setCurrent(0), [query]);
  const currentMatch = matches[current];
  useEffect(() => {
    if (currentMatch) bodyRef.current?.scrollToOffset(currentMatch.start);
  }, [currentMatch]);

  // Opened from a claim: go to the passage and flash it.
  useEffect(() => {
    if (!at || !view) return;
    const frame = requestAnimationFrame(() => bodyRef.current?.scrollToOffset(at.start));
    setFlash(at);
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [at, view]);

  const allMarks = useMemo(() => {
    const out: Mark[] = [...marks];
    for (const [i, m] of matches.entries()) out.push({ ...m, kind: i === current ? 'find-current' : 'find' });
    if (flash) out.push({ ...flash, kind: 'flash' });
    return out;
  }, [marks, matches, current, flash]);

  const act = useCallback(
    async (action: SelectionAction, range: { start: number; end: number }) => {
      setToolbar(null);
      try {
        if (action.kind === 'new-claim' || action.kind === 'cite') {
          setClaimDialog({ mode: action.kind, ...range });
          return;
        }
        const annotation = await createAnnotation(db, { sourceId, ...range, colour: action.kind === 'highlight' ? action.colour : 'yellow' });
        window.getSelection()?.removeAllRanges();
        if (action.kind !== 'highlight') setFocus({ id: annotation.id, field: action.kind === 'tag' ? 'tags' : 'note' });
      } catch (e) {
        notify('error', e instanceof Error ? e.message : String(e));
      }
    },
    [db, sourceId, notify],
  );

  const onSelectionEnd = () => {
    const container = scrollRef.current;
    if (!container) return;
    const range = selectedRange(container);
    if (!range) {
      setToolbar(null);
      return;
    }
    const rect = window.getSelection()?.getRangeAt(0).getBoundingClientRect();
    setToolbar({ ...range, top: Math.min(window.innerHeight - 56, Math.max(8, (rect?.top ?? 0) - 44)), left: Math.max(8, rect?.left ?? 0) });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      setFindOpen(true);
      return;
    }
    if (mod || e.altKey || (e.target instanceof Element && e.target.closest('input, textarea, select, dialog'))) return;
    const range = scrollRef.current ? selectedRange(scrollRef.current) : null;
    if (range && ['h', 'n', 't', 'c'].includes(e.key)) {
      e.preventDefault();
      const actions: Record<string, SelectionAction> = { h: { kind: 'highlight', colour: 'yellow' }, n: { kind: 'note' }, t: { kind: 'tag' }, c: { kind: 'new-claim' } };
      void act(actions[e.key] as SelectionAction, range);
    } else if (e.key === 'j' || e.key === 'k') {
      e.preventDefault();
      stepParagraph(e.key === 'j' ? 1 : -1);
    }
  };

  const stepParagraph = (delta: 1 | -1) => {
    const focused = document.activeElement?.closest<HTMLElement>('[data-paragraph]');
    const currentIndex = focused ? blocks.findIndex((b) => String(b.paragraph) === focused.dataset.paragraph) : -1;
    let index = currentIndex + delta;
    while (blocks[index] && blocks[index]?.paragraph === undefined) index += delta;
    const target = blocks[index];
    if (!target?.paragraph) return;
    goToParagraph(target.paragraph);
  };

  const goToParagraph = (n: number) => {
    const index = blocks.findIndex((b) => b.paragraph === n);
    if (index < 0) {
      notify('error', `There is no paragraph ${n}; this source has ${blocks.filter((b) => b.paragraph).length}.`);
      return;
    }
    bodyRef.current?.scrollToBlock(index);
    // The block is drawn once scrolled into the virtual window; focus it then.
    setTimeout(() => document.getElementById(`para-${n}`)?.focus({ preventScroll: true }), 60);
  };

  const goToAnnotation = (a: Annotation) => {
    const place = a.anchorDetail?.candidate ?? findPositionSelector(a.selectors);
    if (!place) return;
    bodyRef.current?.scrollToOffset(place.start);
    setFlash(place);
    setTimeout(() => setFlash(null), FLASH_MS);
  };

  // The reader's keys work wherever focus is (a selection made with the mouse leaves focus on the page body).
  const keyHandler = useRef(onKeyDown);
  keyHandler.current = onKeyDown;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => keyHandler.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  if (view === undefined) return null;
  if (view === null) return <p className="empty">This source is no longer in the workspace.</p>;

  return (
    <div className="reader-layout">
      <div className="reader-scroll" ref={scrollRef} onMouseUp={onSelectionEnd} onKeyUp={(e) => e.shiftKey && onSelectionEnd()}>
        <article className="reader" aria-labelledby="reader-title">
          <ReaderHeader view={view} />
          <div className="reader-tools">
            <button type="button" className="button ghost" onClick={() => setFindOpen(true)} title="Find in document (Ctrl+F)">
              <Search size={14} aria-hidden /> Find
            </button>
            <GoToParagraph onGo={goToParagraph} />
            <button type="button" className="button ghost" aria-expanded={candidatesOpen} onClick={() => setCandidatesOpen((o) => !o)}>
              Candidate claims
            </button>
            <span className="small muted">Select text to annotate · J/K next/previous paragraph</span>
          </div>
          {candidatesOpen && <CandidateClaimsPanel sourceId={sourceId} onClose={() => setCandidatesOpen(false)} />}
          {findOpen && (
            <FindBar query={query} onQuery={setQuery} current={current} total={matches.length} onStep={(d) => setCurrent((c) => (matches.length === 0 ? 0 : (c + d + matches.length) % matches.length))} onClose={() => { setFindOpen(false); setQuery(''); }} />
          )}
          <div ref={bodyStartRef} className="reader-body" lang={langAttribute(view.source.lang)} dir={view.source.dir}>
            {blocks.length === 0 && <p className="muted">This source has no text to show{view.source.kind === 'reference' ? ': it is a reference (metadata only).' : '.'}</p>}
            <ReaderBody ref={bodyRef} blocks={blocks} text={text} marks={allMarks} scrollElement={() => scrollRef.current} scrollMargin={scrollMargin} titleFor={(m) => (m.id ? titles.get(m.id) : undefined)} sourceLang={view.source.lang} />
          </div>
          {view.text && view.text.references.length > 0 && <ReferenceLists references={view.text.references} />}
        </article>
        {toolbar && <SelectionToolbar position={toolbar} onAction={(a) => void act(a, toolbar)} />}
      </div>
      <AnnotationSidebar sourceId={sourceId} focusId={focus?.id ?? null} focusField={focus?.field ?? 'note'} onGoTo={goToAnnotation} />
      {claimDialog && <ClaimFromSelectionDialog sourceId={sourceId} mode={claimDialog.mode} range={claimDialog} quote={text.slice(claimDialog.start, claimDialog.end)} onClose={() => setClaimDialog(null)} />}
    </div>
  );
}

function GoToParagraph({ onGo }: { onGo: (n: number) => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      className="goto-paragraph"
      onSubmit={(e) => {
        e.preventDefault();
        const n = Number(value);
        if (Number.isInteger(n) && n > 0) onGo(n);
      }}
    >
      <label htmlFor="goto-paragraph" className="small">
        Go to paragraph
      </label>
      <input id="goto-paragraph" type="number" min={1} value={value} onChange={(e) => setValue(e.target.value)} />
    </form>
  );
}
