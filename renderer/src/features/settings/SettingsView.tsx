import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { SETTINGS, type SettingKey } from '../../../../shared/model';
import { loadSettings, updateSetting } from '../../db/settings';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';

const NUMERIC_SETTINGS: { key: SettingKey; help: string; step: number }[] = [
  { key: 'importSizeLimitMB', help: 'Larger files are refused before they are read, with a message.', step: 1 },
  { key: 'conflictTolerancePercent', help: 'Figures for the same subject and measure from different sources that differ by more than this are flagged as a conflict.', step: 0.5 },
];

/** The workspace's settings, each checked before it is saved. */
export function SettingsView() {
  const { db } = useServices();
  const settings = useLiveQuery(() => loadSettings(db), [db]);
  if (!settings) return null;
  return (
    <>
      <header className="toolbar">
        <h1>Settings</h1>
      </header>
      <div className="pane workspace-pane">
        <section className="workspace-card" aria-labelledby="settings-import">
          <h2 id="settings-import">Import and checks</h2>
          {NUMERIC_SETTINGS.map(({ key, help, step }) => (
            <NumberSetting key={key} settingKey={key} value={settings[key]} help={help} step={step} />
          ))}
        </section>
      </div>
    </>
  );
}

function NumberSetting({ settingKey, value, help, step }: { settingKey: SettingKey; value: number; help: string; step: number }) {
  const { db } = useServices();
  const notify = useNotify();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState('');
  const id = `setting-${settingKey}`;
  const save = async () => {
    if (draft === null) return;
    try {
      await updateSetting(db, settingKey, Number(draft));
      setError('');
      setDraft(null);
      notify('success', `${SETTINGS[settingKey].label}: saved.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="setting">
      <label htmlFor={id}>{SETTINGS[settingKey].label}</label>
      <input
        id={id}
        type="number"
        step={step}
        value={draft ?? String(value)}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void save()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save();
        }}
      />
      <p id={`${id}-help`} className="small muted">
        {help} Default {SETTINGS[settingKey].default}.
      </p>
      {error && (
        <p id={`${id}-error`} className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
