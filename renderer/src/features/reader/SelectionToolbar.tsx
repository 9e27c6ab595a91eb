import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Highlighter, MessageSquarePlus, Tag, ListPlus, Quote } from 'lucide-react';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../db/annotations';

export type SelectionAction = { kind: 'highlight'; colour: HighlightColour } | { kind: 'note' } | { kind: 'tag' } | { kind: 'new-claim' } | { kind: 'cite' };

/** The small toolbar over a selection: highlight in a colour, note, tag, make a claim of it, or cite it for a claim. */
export function SelectionToolbar({ position, onAction }: { position: { top: number; left: number }; onAction: (action: SelectionAction) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [left, setLeft] = useState(position.left);
  // Keep the whole toolbar on screen when the selection is near the right edge.
  useLayoutEffect(() => {
    const width = ref.current?.offsetWidth ?? 0;
    setLeft(Math.max(8, Math.min(position.left, window.innerWidth - width - 8)));
  }, [position.left]);
  // Portalled to the body: a transformed or contained ancestor (the resizable panes) would otherwise skew `position: fixed`.
  return createPortal(
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Selection"
      ref={ref}
      style={{ top: position.top, left }}
      // Keep the selection: a press on the toolbar must not collapse it before the action reads it.
      onMouseDown={(e) => e.preventDefault()}
    >
      {HIGHLIGHT_COLOURS.map((colour) => (
        <button key={colour} type="button" className={`swatch hl-${colour}`} aria-label={`Highlight ${colour}`} title={`Highlight ${colour} (H)`} onClick={() => onAction({ kind: 'highlight', colour })}>
          <Highlighter size={14} aria-hidden />
        </button>
      ))}
      <button type="button" className="button ghost" onClick={() => onAction({ kind: 'note' })} title="Note (N)">
        <MessageSquarePlus size={14} aria-hidden /> Note
      </button>
      <button type="button" className="button ghost" onClick={() => onAction({ kind: 'tag' })} title="Tag (T)">
        <Tag size={14} aria-hidden /> Tag
      </button>
      <button type="button" className="button ghost" onClick={() => onAction({ kind: 'new-claim' })} title="New claim from selection (C)">
        <ListPlus size={14} aria-hidden /> New claim from selection
      </button>
      <button type="button" className="button ghost" onClick={() => onAction({ kind: 'cite' })} title="Cite for an existing claim">
        <Quote size={14} aria-hidden /> Cite for claim…
      </button>
    </div>,
    document.body,
  );
}
