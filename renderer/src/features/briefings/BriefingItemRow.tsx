import { useState, type DragEvent } from 'react';
import { ArrowDown, ArrowUp, GripVertical, Trash2 } from 'lucide-react';
import type { BriefingItem } from '../../../../shared/model';
import { routeHref } from '../../app/route';

/** The drag payload type for briefing items, so drops of anything else are ignored. */
export const ITEM_DRAG_TYPE = 'application/x-footnote-briefing-item';

// Long claims are cut in button names: the name must tell items apart, not read the whole claim aloud.
const NAME_LENGTH = 60;

function shortName(text: string): string {
  return text.length > NAME_LENGTH ? `${text.slice(0, NAME_LENGTH)}…` : text;
}

/** What a row can do; the composer supplies them bound to the briefing. */
export interface ItemRowActions {
  move(direction: -1 | 1): void;
  remove(): void;
  saveProse(text: string): void;
  dropBefore(draggedItemId: string): void;
}

/** One claim or paragraph: drag handle, text (a claim links to its evidence, a paragraph is editable), move and remove buttons; Alt+Arrow keys move it. */
export function BriefingItemRow({ item, claimText, canMoveUp, canMoveDown, actions }: { item: BriefingItem; claimText: string | undefined; canMoveUp: boolean; canMoveDown: boolean; actions: ItemRowActions }) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = item.kind === 'claim' ? (claimText ?? 'This claim has been deleted.') : (draft ?? item.text);
  const name = shortName(item.kind === 'claim' ? text : text || 'empty paragraph');
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(ITEM_DRAG_TYPE, item.id);
    e.dataTransfer.effectAllowed = 'move';
  };
  const onDrop = (e: DragEvent) => {
    const dragged = e.dataTransfer.getData(ITEM_DRAG_TYPE);
    if (!dragged) return;
    e.preventDefault();
    // Handled here, so the section's own drop (which appends at its end) does not move the item again.
    e.stopPropagation();
    if (dragged !== item.id) actions.dropBefore(dragged);
  };
  return (
    <li
      className={`composer-item composer-item-${item.kind}`}
      data-testid="composer-item"
      data-item-id={item.id}
      draggable
      onDragStart={onDragStart}
      onDragOver={(e) => e.dataTransfer.types.includes(ITEM_DRAG_TYPE) && e.preventDefault()}
      onDrop={onDrop}
      onKeyDown={(e) => {
        if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
        e.preventDefault();
        actions.move(e.key === 'ArrowUp' ? -1 : 1);
      }}
    >
      <GripVertical size={16} aria-hidden className="composer-grip" />
      {item.kind === 'claim' ? (
        <a className="composer-claim" href={routeHref({ view: 'claims', claimId: item.claimId })}>
          {text}
        </a>
      ) : (
        <textarea
          className="composer-prose"
          aria-label="Paragraph"
          rows={2}
          value={text}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            if (draft !== null && draft !== item.text) actions.saveProse(draft);
            setDraft(null);
          }}
        />
      )}
      <span className="composer-item-actions">
        <button type="button" className="button ghost icon" aria-label={`Move up: ${name}`} title="Move up (Alt+↑)" disabled={!canMoveUp} onClick={() => actions.move(-1)}>
          <ArrowUp size={16} aria-hidden />
        </button>
        <button type="button" className="button ghost icon" aria-label={`Move down: ${name}`} title="Move down (Alt+↓)" disabled={!canMoveDown} onClick={() => actions.move(1)}>
          <ArrowDown size={16} aria-hidden />
        </button>
        <button type="button" className="button ghost icon" aria-label={`Remove from briefing: ${name}`} title="Remove from briefing" onClick={actions.remove}>
          <Trash2 size={16} aria-hidden />
        </button>
      </span>
    </li>
  );
}
