import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Trash2, Undo2, Check, Download } from 'lucide-react';
import { exportAnnotationsJsonLd } from '../../db/annotation-interchange';
import type { Annotation } from '../../../../shared/model';
import { findPositionSelector, findQuoteSelector } from '../../../../shared/anchoring/selectors';
import { undoNotice as undoNoticeText } from '../../db/undo';
import { confirmAnchor, deleteAnnotation, lastAnnotationChange, listAnnotations, undoAnnotationChange, updateAnnotation } from '../../db/annotations';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { VirtualList } from '../../ui/VirtualList';

// Up to this many cards are simply listed; a longer list draws only the cards in view.
const VIRTUALIZE_FROM = 50;
const LIST_MAX_PX = 640;

/** A source's annotations in reading order: click to go there, edit the note and tags, delete with undo; drifted and orphaned ones for review. */
export function AnnotationSidebar({ sourceId, focusId, focusField, onGoTo }: { sourceId: string; focusId: string | null; focusField: 'note' | 'tags'; onGoTo: (a: Annotation) => void }) {
  const { db, platform } = useServices();
  const notify = useNotify();
  const annotations = useLiveQuery(() => listAnnotations(db, sourceId), [db, sourceId]);
  const exportThese = async () => {
    const json = await exportAnnotationsJsonLd(db, sourceId);
    const outcome = await platform.saveFile({ suggestedName: 'annotations.jsonld', data: json, mime: 'application/ld+json', filters: [{ name: 'Web Annotation JSON-LD', extensions: ['jsonld', 'json'] }] });
    if (outcome.saved) notify('success', `Annotations exported to ${outcome.location}.`);
  };
  const undo = useLiveQuery(() => lastAnnotationChange(db, sourceId), [db, sourceId]);
  if (!annotations) return null;
  const placed = annotations.filter((a) => a.anchor === 'anchored' || a.anchor === 'approximate');
  const review = annotations.filter((a) => a.anchor === 'drifted' || a.anchor === 'orphaned');
  return (
    <aside className="annotation-sidebar" aria-label="Annotations">
      <div className="sidebar-head">
        <h3>Annotations ({annotations.length})</h3>
        {undo && (
          <button type="button" className="button ghost" onClick={() => void undoAnnotationChange(db, undo.seq).then((outcome) => notify(outcome.status === 'conflict' ? 'error' : 'info', undoNoticeText(outcome)))}>
            <Undo2 size={14} aria-hidden /> Undo {undo.op}
          </button>
        )}
      </div>
      {annotations.length > 0 && (
        <button type="button" className="button ghost small" onClick={() => void exportThese().catch((e: Error) => notify('error', e.message))}>
          <Download size={14} aria-hidden /> Export these (JSON-LD)
        </button>
      )}
      {annotations.length === 0 && <p className="small muted">Select text in the document to highlight it, add a note or a tag, or make a claim of it.</p>}
      <CardList
        items={placed}
        label="Annotations in reading order"
        focusIndex={placed.findIndex((a) => a.id === focusId)}
        card={(a, tag) => (
          <AnnotationCard key={a.id} tag={tag} annotation={a} focus={a.id === focusId ? focusField : null} onGoTo={() => onGoTo(a)} onDelete={() => void deleteAnnotation(db, a.id).then(() => notify('info', 'Annotation deleted. Use Undo to restore it.'))} />
        )}
      />
      {review.length > 0 && (
        <section aria-label="Needs review">
          <h3>Needs review ({review.length})</h3>
          <p className="small muted">These did not survive the last re-import unchanged. Nothing is deleted: confirm the proposed place, or select the passage and add a new note.</p>
          <CardList
            items={review}
            label="Annotations to review"
            card={(a, tag) => (
              <AnnotationCard key={a.id} tag={tag} annotation={a} focus={null} onGoTo={() => onGoTo(a)} onDelete={() => void deleteAnnotation(db, a.id)} onConfirm={a.anchor === 'drifted' ? () => void confirmAnchor(db, a.id).catch((e: Error) => notify('error', e.message)) : undefined} />
            )}
          />
        </section>
      )}
    </aside>
  );
}

// A source with hundreds of notes keeps the DOM small: past VIRTUALIZE_FROM, only the cards in view are drawn.
function CardList({ items, card, label, focusIndex }: { items: readonly Annotation[]; card: (a: Annotation, tag: 'li' | 'div') => ReactNode; label: string; focusIndex?: number }) {
  if (items.length < VIRTUALIZE_FROM) return <ol className="annotation-list" aria-label={label}>{items.map((a) => card(a, 'li'))}</ol>;
  return (
    <VirtualList
      className="annotation-list"
      count={items.length}
      estimateSize={150}
      maxHeight={LIST_MAX_PX}
      label={label}
      itemKey={(i) => items[i]?.id ?? String(i)}
      scrollToIndex={focusIndex}
      renderItem={(i) => {
        const a = items[i];
        return a ? card(a, 'div') : null;
      }}
    />
  );
}

function AnnotationCard({ annotation, focus, onGoTo, onDelete, onConfirm, tag: Tag }: { annotation: Annotation; focus: 'note' | 'tags' | null; onGoTo: () => void; onDelete: () => void; onConfirm?: () => void; tag: 'li' | 'div' }) {
  const { db } = useServices();
  const quote = findQuoteSelector(annotation.selectors)?.exact ?? '';
  const short = quote.length > 40 ? `${quote.slice(0, 40)}…` : quote;
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags.join(', '));
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);
  // Reset the fields only when the stored value really changes, not when a new copy of the same row arrives.
  const storedTags = annotation.tags.join(', ');
  useEffect(() => setNote(annotation.note), [annotation.note]);
  useEffect(() => setTags(storedTags), [storedTags]);
  useEffect(() => {
    if (focus === 'note') noteRef.current?.focus();
    if (focus === 'tags') tagsRef.current?.focus();
  }, [focus]);
  const save = () => {
    const nextTags = tags.split(/[,，\s]+/).filter(Boolean);
    if (note !== annotation.note || nextTags.join(',') !== annotation.tags.join(',')) void updateAnnotation(db, annotation.id, { note, tags: nextTags });
  };
  return (
    <Tag className={`annotation-card anchor-${annotation.anchor}`} data-testid="annotation">
      <button type="button" className={`annotation-quote hl-${annotation.colour}`} onClick={onGoTo} title={`Go to: ${quote}`} disabled={annotation.anchor === 'orphaned' && !findPositionSelector(annotation.selectors)}>
        “{quote}”
      </button>
      {annotation.anchor !== 'anchored' && (
        <p className="anchor-state small">
          <strong>{annotation.anchor === 'approximate' ? 'Placed approximately' : annotation.anchor === 'drifted' ? 'Drifted' : 'Orphaned'}</strong>
          {annotation.anchorDetail?.reason && `: ${annotation.anchorDetail.reason}`}
        </p>
      )}
      {annotation.anchorDetail?.diff && (
        <p className="anchor-diff small" aria-label="Old text against new text">
          {annotation.anchorDetail.diff.map((d, i) => (
            <span key={i} className={`diff-${d.op}`}>
              {d.text}
            </span>
          ))}
        </p>
      )}
      <label className="visually-hidden" htmlFor={`note-${annotation.id}`}>{`Note on “${short}”`}</label>
      <textarea id={`note-${annotation.id}`} ref={noteRef} rows={2} placeholder="Add a note" value={note} onChange={(e) => setNote(e.target.value)} onBlur={save} />
      <label className="visually-hidden" htmlFor={`tags-${annotation.id}`}>{`Tags on “${short}”`}</label>
      <input id={`tags-${annotation.id}`} ref={tagsRef} type="text" placeholder="Tags, comma separated" value={tags} onChange={(e) => setTags(e.target.value)} onBlur={save} onKeyDown={(e) => e.key === 'Enter' && save()} />
      <div className="annotation-actions">
        {onConfirm && (
          <button type="button" className="button" onClick={onConfirm}>
            <Check size={14} aria-hidden /> Confirm new place
          </button>
        )}
        <button type="button" className="button ghost" aria-label={`Delete annotation “${short}”`} onClick={onDelete}>
          <Trash2 size={14} aria-hidden />
        </button>
      </div>
    </Tag>
  );
}
