import { useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import type { Briefing, BriefingSection } from '../../../../shared/model';
import { addProse, addSection, moveItem, moveItemStep, removeItem, removeSection, renameSection, updateProse } from '../../db/briefings';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { BriefingItemRow, ITEM_DRAG_TYPE } from './BriefingItemRow';

function SectionHeading({ briefingId, section, index }: { briefingId: string; section: BriefingSection; index: number }) {
  const { db } = useServices();
  const notify = useNotify();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      type="text"
      className="composer-heading"
      aria-label={`Heading of section ${index + 1}`}
      placeholder="Untitled section"
      value={draft ?? section.heading}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        if (draft !== null && draft !== section.heading) void renameSection(db, briefingId, section.id, draft).catch((e: Error) => notify('error', e.message));
        setDraft(null);
      }}
    />
  );
}

/** The briefing's sections with their claims and paragraphs, each movable by drag and drop, buttons or Alt+Arrow keys. */
export function BriefingSectionsEditor({ briefing, claimText }: { briefing: Briefing; claimText: ReadonlyMap<string, string> }) {
  const { db } = useServices();
  const notify = useNotify();
  const run = (work: Promise<unknown>) => void work.catch((e: Error) => notify('error', e.message));
  const all = briefing.sections.flatMap((s) => s.items);
  const first = all[0]?.id;
  const last = all[all.length - 1]?.id;
  const move = (itemId: string, direction: -1 | 1) => {
    run(
      moveItemStep(db, briefing.id, itemId, direction).then(() => {
        // The row may have moved to another section and been remounted; focus follows it so keyboard moves can repeat.
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-item-id="${itemId}"] button[aria-label^="Move ${direction === -1 ? 'up' : 'down'}"]:not(:disabled)`)?.focus());
      }),
    );
  };
  return (
    <div className="composer-sections">
      {briefing.sections.map((section, s) => (
        <section
          key={section.id}
          className="composer-section"
          aria-label={section.heading || `Section ${s + 1}`}
          onDragOver={(e) => e.dataTransfer.types.includes(ITEM_DRAG_TYPE) && e.preventDefault()}
          onDrop={(e) => {
            const dragged = e.dataTransfer.getData(ITEM_DRAG_TYPE);
            if (!dragged) return;
            e.preventDefault();
            // A drop on the section itself, not on an item, puts the item at the section's end.
            const without = section.items.filter((i) => i.id !== dragged).length;
            run(moveItem(db, briefing.id, dragged, { sectionId: section.id, index: without }));
          }}
        >
          <div className="composer-section-head">
            <SectionHeading briefingId={briefing.id} section={section} index={s} />
            <button type="button" className="button ghost icon" aria-label={`Delete section ${section.heading || s + 1}`} title="Delete section" onClick={() => run(removeSection(db, briefing.id, section.id))}>
              <Trash2 size={16} aria-hidden />
            </button>
          </div>
          <ol className="composer-items">
            {section.items.map((item) => (
                <BriefingItemRow
                  key={item.id}
                  item={item}
                  claimText={item.kind === 'claim' ? claimText.get(item.claimId) : undefined}
                  canMoveUp={item.id !== first}
                  canMoveDown={item.id !== last}
                  actions={{
                    move: (direction) => move(item.id, direction),
                    remove: () => run(removeItem(db, briefing.id, item.id)),
                    saveProse: (text) => run(updateProse(db, briefing.id, item.id, text)),
                    dropBefore: (dragged) => {
                      const others = section.items.filter((i) => i.id !== dragged);
                      run(moveItem(db, briefing.id, dragged, { sectionId: section.id, index: others.findIndex((i) => i.id === item.id) }));
                    },
                  }}
                />
            ))}
          </ol>
          <button type="button" className="button ghost" onClick={() => run(addProse(db, briefing.id, section.id, ''))}>
            <Plus size={16} aria-hidden /> Add paragraph{briefing.sections.length > 1 ? ` to ${section.heading || `section ${s + 1}`}` : ''}
          </button>
        </section>
      ))}
      <button type="button" className="button" onClick={() => run(addSection(db, briefing.id, 'New section'))}>
        <Plus size={16} aria-hidden /> Add section
      </button>
    </div>
  );
}
