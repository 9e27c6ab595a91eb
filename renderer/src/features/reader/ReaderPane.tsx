import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { PanelRightClose, PanelRightOpen, Search } from 'lucide-react';
import type { Annotation } from '../../../../shared/model';
import { findPositionSelector } from '../../../../shared/anchoring/selectors';
import { findMatches } from '../../../../shared/reading/find-matches';
import type { Mark } from '../../../../shared/reading/segments';
import { loadSourceView } from '../../db/queries';
import { createAnnotation } from '../../db/annotations';
import { useServices } from '../../app/services';
import { useCommands } from '../../app/commands';
import { useNotify } from '../../ui/notices';
import { focusHeading, focusIsLost } from '../../ui/restore-focus';
import { ReaderBody, type ReaderBodyHandle } from './ReaderBody';
import { ReaderHeader } from './ReaderHeader';
import { FindBar } from './FindBar';
import { SelectionToolbar, type SelectionAction } from './SelectionToolbar';
import { AnnotationSidebar } from './AnnotationSidebar';
import { selectedRange } from './text-offsets';
import { ANNOTATE_KEYS, clipForAnnouncement, extendSelectionByWord, KEYS_HELP, readerTarget, type KeyboardSelection } from './keyboard-selection';
import { useAnnotationsPaneOpen } from './use-annotations-pane';
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
  // The paragraph Tab enters the text at (a roving tab stop): the last one focused.
  const [tabStop, setTabStop] = useState<number | null>(null);
  const keyboardSelection = useRef<KeyboardSelection | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [annotationsOpen, setAnnotationsOpen] = useAnnotationsPaneOpen();
  const annotationsId = useId();
  const text = view?.text?.text ?? '';
  const blocks = useMemo(() => view?.text?.blocks ?? [], [view]);

  useLayoutEffect(() => {
    const measure = () => setScrollMargin(bodyStartRef.current?.offsetTop ?? 0);
    measure();
    const observer = new ResizeObserver(measure);
    if (scrollRef.current?.firstElementChild) observer.observe(scrollRef.current.firstElementChild);
    return () => observer.disconnect();
  }, [view]);

  // A source opened by an import, or from a view that is gone, takes focus at its title, so the keyboard starts there.
  const arrived = view !== undefined && view !== null;
  useEffect(() => {
    // The view's heading has focus only when the shell's safety net put it there, after the control in use was removed.
    if (arrived && (focusIsLost() || document.activeElement?.matches('input[type="file"], main h1'))) focusHeading(document.getElementById('reader-title'));
  }, [arrived]);

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
    async (action: SelectionAction, range: { start: number; end: number }, label = 'the selection') => {
      setToolbar(null);
      keyboardSelection.current = null;
      try {
        if (action.kind === 'new-claim' || action.kind === 'cite') {
          setClaimDialog({ mode: action.kind, ...range });
          return;
        }
        const annotation = await createAnnotation(db, { sourceId, ...range, colour: action.kind === 'highlight' ? action.colour : 'yellow' });
        window.getSelection()?.removeAllRanges();
        if (action.kind === 'highlight') {
          setAnnouncement(`Highlighted ${label}.`);
          return;
        }
        if (!annotationsOpen) setAnnotationsOpen(true);
        setFocus({ id: annotation.id, field: action.kind === 'tag' ? 'tags' : 'note' });
        setAnnouncement(`Annotation added on ${label}; type its ${action.kind === 'tag' ? 'tags' : 'note'} in the annotations pane.`);
      } catch (e) {
        notify('error', e instanceof Error ? e.message : String(e));
      }
    },
    [db, sourceId, notify, annotationsOpen, setAnnotationsOpen],
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
    const container = scrollRef.current;
    if (!container) return;
    const onBlock = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) && document.activeElement.matches('.block');
    const annotate = ANNOTATE_KEYS[e.key];
    if (annotate) {
      const target = readerTarget(container);
      if (!target) {
        if (onBlock) setAnnouncement('This block has no text to annotate.');
        return;
      }
      e.preventDefault();
      void act(annotate, target, target.label);
    } else if (onBlock && e.shiftKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
      e.preventDefault();
      const next = extendSelectionByWord(container, text, keyboardSelection.current, e.key === 'ArrowRight' ? 1 : -1);
      keyboardSelection.current = next;
      const range = selectedRange(container);
      setAnnouncement(range ? `Selected: ${clipForAnnouncement(text.slice(range.start, range.end))}` : 'Nothing selected.');
    } else if (onBlock && e.key === 'Escape' && keyboardSelection.current) {
      window.getSelection()?.removeAllRanges();
      keyboardSelection.current = null;
      setToolbar(null);
      setAnnouncement('Selection cleared.');
    } else if (e.key === 'j' || e.key === 'k' || (onBlock && !e.shiftKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp'))) {
      e.preventDefault();
      stepParagraph(e.key === 'j' || e.key === 'ArrowDown' ? 1 : -1);
    }
  };

  // From the palette: it runs after the palette has closed and given focus back to the paragraph it was opened on.
  const afterPalette = (run: () => void) => requestAnimationFrame(() => requestAnimationFrame(run));
  const annotateFromPalette = (action: SelectionAction) =>
    afterPalette(() => {
      const target = scrollRef.current ? readerTarget(scrollRef.current) : null;
      if (target) void act(action, target, target.label);
      else setAnnouncement('Focus a paragraph first (J or K, or Tab into the text), or select text.');
    });
  useCommands({
    'reader-highlight': () => annotateFromPalette({ kind: 'highlight', colour: 'yellow' }),
    'reader-note': () => annotateFromPalette({ kind: 'note' }),
    'reader-tag': () => annotateFromPalette({ kind: 'tag' }),
    'reader-new-claim': () => annotateFromPalette({ kind: 'new-claim' }),
    'reader-cite': () => annotateFromPalette({ kind: 'cite' }),
    'reader-next-paragraph': () => afterPalette(() => stepParagraph(1)),
    'reader-previous-paragraph': () => afterPalette(() => stepParagraph(-1)),
    'reader-find': () => setFindOpen(true),
    'reader-go-to-paragraph': () => afterPalette(() => document.getElementById('goto-paragraph')?.focus()),
    'reader-candidates': () => setCandidatesOpen((o) => !o),
    'reader-toggle-annotations': () => setAnnotationsOpen(!annotationsOpen),
  });

  const stepParagraph = (delta: 1 | -1) => {
    keyboardSelection.current = null;
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
    <div className={annotationsOpen ? 'reader-layout' : 'reader-layout annotations-collapsed'}>
      <div
        className="reader-scroll"
        ref={scrollRef}
        onMouseUp={onSelectionEnd}
        onKeyUp={(e) => e.shiftKey && onSelectionEnd()}
        onFocus={(e) => {
          const paragraph = e.target instanceof HTMLElement ? e.target.dataset.paragraph : undefined;
          if (paragraph) setTabStop(Number(paragraph));
        }}
      >
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
            <button type="button" className="button ghost" aria-expanded={annotationsOpen} aria-controls={annotationsId} onClick={() => {
                setToolbar(null);
                setAnnotationsOpen(!annotationsOpen);
              }}>
              {annotationsOpen ? <PanelRightClose size={14} aria-hidden /> : <PanelRightOpen size={14} aria-hidden />} Annotations
            </button>
            <span className="small muted" title={KEYS_HELP}>
              <span aria-hidden="true">Keys: J/K · Shift+→ · H N T C</span>
              <span className="visually-hidden">{KEYS_HELP}</span>
            </span>
          </div>
          {candidatesOpen && <CandidateClaimsPanel sourceId={sourceId} onClose={() => setCandidatesOpen(false)} />}
          {findOpen && (
            <FindBar query={query} onQuery={setQuery} current={current} total={matches.length} onStep={(d) => setCurrent((c) => (matches.length === 0 ? 0 : (c + d + matches.length) % matches.length))} onClose={() => { setFindOpen(false); setQuery(''); }} />
          )}
          <div ref={bodyStartRef} className="reader-body" lang={langAttribute(view.source.lang)} dir={view.source.dir}>
            {blocks.length === 0 && <p className="muted">This source has no text to show{view.source.kind === 'reference' ? ': it is a reference (metadata only).' : '.'}</p>}
            <ReaderBody ref={bodyRef} tabStop={tabStop} blocks={blocks} text={text} marks={allMarks} scrollElement={() => scrollRef.current} scrollMargin={scrollMargin} titleFor={(m) => (m.id ? titles.get(m.id) : undefined)} sourceLang={view.source.lang} />
          </div>
          {view.text && view.text.references.length > 0 && <ReferenceLists references={view.text.references} />}
        </article>
        {toolbar && <SelectionToolbar position={toolbar} onAction={(a) => void act(a, toolbar)} />}
      </div>
      <div id={annotationsId} className="annotation-pane" hidden={!annotationsOpen}>
        {annotationsOpen && <AnnotationSidebar sourceId={sourceId} focusId={focus?.id ?? null} focusField={focus?.field ?? 'note'} onGoTo={goToAnnotation} />}
      </div>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="reader-announcement">
        {announcement}
      </div>
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
