import { useEffect, useRef } from 'react';
import { Search } from 'lucide-react';
import { useSearch } from './SearchProvider';
import { useCommand } from '../../app/commands';

/** The search box in the shell: typing opens the results over the current view; Escape closes them. */
export function SearchBox() {
  const { query, setQuery, setPanelOpen, setPanelPrepared } = useSearch();
  const ref = useRef<HTMLInputElement>(null);
  const focus = () => {
    ref.current?.focus();
    setPanelOpen(true);
  };
  // The native menu's "Search everything" (and the palette's) arrives as a command.
  useCommand('focus-search', focus);
  useEffect(() => {
    // Ctrl/Cmd+Shift+F focuses the box from anywhere; Ctrl+F stays the reader's find in document.
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        ref.current?.focus();
        setPanelOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setPanelOpen]);
  return (
    <div className="search-box">
      <Search size={14} aria-hidden />
      <input
        ref={ref}
        type="search"
        aria-label="Search everything"
        placeholder="Search…"
        // Partial words are not misspellings, nor is a search a form to fill: without these, Chromium's idle spell
        // check and its autofill agent each laid out the whole page again after every key, in the results' frame.
        spellCheck={false}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setPanelOpen(true);
        }}
        onFocus={() => {
          // The panel, its filters and saved searches are drawn (hidden) as the box takes the focus, so the first key
          // only shows them: drawing them with the first answer made it the slowest keystroke (about 80 ms to the
          // first results paint against 35 ms, at 2,000 sources and 20,000 claims).
          setPanelPrepared(true);
          if (query) setPanelOpen(true);
        }}
        onBlur={() => setPanelPrepared(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            // A search field's own Escape empties it, and that input reopened the panel just closed.
            e.preventDefault();
            setPanelOpen(false);
          }
        }}
      />
    </div>
  );
}
