import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { X } from 'lucide-react';

export type NoticeTone = 'info' | 'success' | 'error';

/** A link a notice offers, such as opening what an import just stored, or a command to run, such as downloading a backup. */
export type NoticeAction = { label: string; href: string } | { label: string; run: () => void };

interface Notice {
  id: number;
  tone: NoticeTone;
  text: string;
  action?: NoticeAction;
}

interface NoticeApi {
  notify(tone: NoticeTone, text: string, action?: NoticeAction): void;
}

const NoticeContext = createContext<NoticeApi | null>(null);
// Errors stay until dismissed: the user must be able to read why something failed. Others go on their own, but not
// while the pointer or focus is on them (the user is reading or about to follow the link).
const INFO_NOTICE_MS = 7000;
// Notices kept at once; older ones give way, so the stack never climbs over the view.
const MAX_NOTICES = 3;

/** Shows short messages about what just happened; errors are announced assertively and stay until dismissed. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (tone: NoticeTone, text: string, action?: NoticeAction) => {
      const id = Date.now() + Math.random();
      setNotices((all) => [...all.slice(-(MAX_NOTICES - 1)), { id, tone, text, ...(action ? { action } : {}) }]);
    },
    [],
  );
  const api = useMemo(() => ({ notify }), [notify]);
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices">
        <div role="status" aria-live="polite">
          {notices.filter((n) => n.tone !== 'error').map((n) => <NoticeView key={n.id} notice={n} onDismiss={dismiss} />)}
        </div>
        <div role="alert">
          {notices.filter((n) => n.tone === 'error').map((n) => <NoticeView key={n.id} notice={n} onDismiss={dismiss} />)}
        </div>
      </div>
    </NoticeContext.Provider>
  );
}

function NoticeView({ notice, onDismiss }: { notice: Notice; onDismiss: (id: number) => void }) {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    // An error must be read, and a notice offering a command must still be there when the user looks: both stay until used or dismissed.
    if (notice.tone === 'error' || held || (notice.action !== undefined && 'run' in notice.action)) return;
    const timer = window.setTimeout(() => onDismiss(notice.id), INFO_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice, held, onDismiss]);
  return (
    <div
      className={`notice ${notice.tone}`}
      data-testid={`notice-${notice.tone}`}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <p>{notice.text}</p>
      {notice.action && 'href' in notice.action && (
        <a className="button" href={notice.action.href} onClick={() => onDismiss(notice.id)}>
          {notice.action.label}
        </a>
      )}
      {notice.action && 'run' in notice.action && (
        <button
          type="button"
          className="button"
          onClick={() => {
            onDismiss(notice.id);
            if (notice.action && 'run' in notice.action) notice.action.run();
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" className="button ghost" aria-label="Dismiss message" onClick={() => onDismiss(notice.id)}>
        <X size={14} aria-hidden />
      </button>
    </div>
  );
}

/** Raises a notice. */
export function useNotify(): NoticeApi['notify'] {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotify must be used inside NoticeProvider');
  return api.notify;
}
