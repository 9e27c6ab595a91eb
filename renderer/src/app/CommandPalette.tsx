import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { matchCommands, type PaletteCommand } from '../../../shared/search/match-commands';
import { foldText } from '../../../shared/search/fold-text';
import type { SearchMeta } from '../../../shared/search/search-document';
import { listBriefingTitles } from '../db/search-details';
import { useSearchResults } from '../features/search/use-search-results';
import { navigate } from './route';
import { useServices } from './services';
import { useCommand } from './commands';
import { restoreFocus } from '../ui/restore-focus';

/** A palette command; one without `run` is a shortcut listed for reference (it acts on a selection in its view). */
export type AppCommand = PaletteCommand & { run?: () => void };

type Item = { key: string; label: string; detail: string; run?: () => void };

// Jump targets per kind: the palette is for going somewhere named, the search panel for reading through results.
const JUMP_HITS = 8;
const JUMP_FILTERS = { kinds: ['source' as const, 'claim' as const] };
const JUMP_LIMITS = { hits: JUMP_HITS };

/** Ctrl/Cmd+K: one box to run any command or jump to any source, claim or briefing. */
export function CommandPalette({ commands }: { commands: AppCommand[] }) {
  const { db } = useServices();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useCommand('command-palette', () => setOpen(true));
  useEffect(() => {
    const d = dialog.current;
    if (open && d && !d.open) {
      opener.current = document.activeElement;
      d.showModal();
    }
    if (!open && d?.open) d.close();
    // A command that changed the view removed what had focus: focus goes to the new view, never to the page body.
    if (!open && opener.current) {
      restoreFocus(opener.current);
      opener.current = null;
    }
  }, [open]);
  const briefings = useLiveQuery(() => (open ? listBriefingTitles(db) : []), [db, open]);
  const jump = usePaletteJumps(query, open && query.trim().length > 0);
  const items = useMemo((): Item[] => {
    const close = (run: () => void) => () => {
      setOpen(false);
      setQuery('');
      run();
    };
    const fromCommands = matchCommands(commands, query).map((c) => ({
      key: `command:${c.id}`,
      label: c.title,
      detail: [c.group, c.shortcut].filter(Boolean).join(' · '),
      ...(c.run ? { run: close(c.run) } : {}),
    }));
    const folded = foldText(query.trim());
    const fromBriefings = folded
      ? (briefings ?? []).filter((b) => foldText(b.title).includes(folded)).slice(0, JUMP_HITS).map((b) => ({ key: `briefing:${b.id}`, label: b.title || '(untitled briefing)', detail: 'Briefing', run: close(() => navigate({ view: 'briefings', briefingId: b.id })) }))
      : [];
    const fromIndex = jump.map((hit) => ({
      key: `${hit.kind}:${hit.id}`,
      label: hit.label,
      detail: hit.kind === 'source' ? 'Source' : 'Claim',
      run: close(() => navigate(hit.kind === 'source' ? { view: 'library', sourceId: hit.id } : { view: 'claims', claimId: hit.id })),
    }));
    return [...fromCommands.filter((c) => c.run), ...fromIndex, ...fromBriefings, ...fromCommands.filter((c) => !c.run)];
  }, [commands, query, briefings, jump]);
  const current = Math.min(active, Math.max(0, items.length - 1));
  return (
    <dialog ref={dialog} className="modal palette" aria-label="Command palette" onClose={() => setOpen(false)}>
      {open && (
        <div className="palette-body">
          <input
            autoFocus
            type="text"
            role="combobox"
            aria-expanded="true"
            aria-controls="palette-list"
            aria-activedescendant={items[current] ? `palette-${current}` : undefined}
            aria-label="Command or place"
            placeholder="Type a command, a source or a claim…"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') setActive(Math.min(items.length - 1, current + 1));
              else if (e.key === 'ArrowUp') setActive(Math.max(0, current - 1));
              else if (e.key === 'Enter') items[current]?.run?.();
              else return;
              e.preventDefault();
            }}
          />
          <ul id="palette-list" role="listbox" className="palette-list">
            {items.map((item, i) => (
              <li
                key={item.key}
                id={`palette-${i}`}
                role="option"
                aria-selected={i === current}
                aria-disabled={!item.run}
                className={item.run ? undefined : 'palette-reference'}
                onMouseEnter={() => setActive(i)}
                onClick={() => item.run?.()}
              >
                <span>{item.label}</span>
                <span className="palette-detail">{item.detail}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </dialog>
  );
}

function usePaletteJumps(query: string, enabled: boolean): SearchMeta[] {
  const { answer } = useSearchResults(query, JUMP_FILTERS, enabled, JUMP_LIMITS);
  return enabled && answer ? answer.groups.flatMap((g) => g.hits) : [];
}
