import { useMemo } from 'react';
import { runLanguage, scriptOfLanguage, splitByScript } from '../../../shared/briefing/script-runs';

/**
 * Text whose runs in another script than its context's carry their own `lang` (a Chinese source title in an English
 * note), so each run is set in the fonts made for its script; see the `:lang()` stacks in theme.css.
 */
export function ScriptText({ text, lang }: { text: string; lang: string }) {
  const runs = useMemo(() => splitByScript(text, scriptOfLanguage(lang)), [text, lang]);
  const own = scriptOfLanguage(lang);
  return (
    <>
      {runs.map((run, i) =>
        run.script === own ? (
          run.text
        ) : (
          <span key={i} lang={runLanguage(run)}>
            {run.text}
          </span>
        ),
      )}
    </>
  );
}
