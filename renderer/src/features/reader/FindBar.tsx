import { useEffect, useRef } from 'react';
import { ChevronDown, ChevronUp, X } from 'lucide-react';

/** Find in document: the query, "n of m", and next/previous; Enter goes to the next match, Shift+Enter to the previous. */
export function FindBar({ query, onQuery, current, total, onStep, onClose }: { query: string; onQuery: (q: string) => void; current: number; total: number; onStep: (delta: 1 | -1) => void; onClose: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <div className="find-bar" role="search" aria-label="Find in document">
      <input
        ref={input}
        type="search"
        aria-label="Find in document"
        placeholder="Find in document"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onStep(e.shiftKey ? -1 : 1);
          if (e.key === 'Escape') onClose();
        }}
      />
      <span className="small muted" aria-live="polite" data-testid="find-count">
        {query.trim() === '' ? '' : total === 0 ? 'No matches' : `${current + 1} of ${total}`}
      </span>
      <button type="button" className="button ghost" aria-label="Previous match" onClick={() => onStep(-1)} disabled={total === 0}>
        <ChevronUp size={14} aria-hidden />
      </button>
      <button type="button" className="button ghost" aria-label="Next match" onClick={() => onStep(1)} disabled={total === 0}>
        <ChevronDown size={14} aria-hidden />
      </button>
      <button type="button" className="button ghost" aria-label="Close find" onClick={onClose}>
        <X size={14} aria-hidden />
      </button>
    </div>
  );
}
