import { readSettings, SETTINGS, type SettingKey, type Settings, type SettingValue } from '../../../shared/model';
import type { FootnoteDatabase } from './database';
import { nowIso } from './identity';

/** The workspace's settings, defaults filled in. */
export async function loadSettings(db: FootnoteDatabase): Promise<Settings> {
  return readSettings(await db.settings.toArray());
}

/** Changes one setting after checking it; a value out of range is refused with a message. */
export async function updateSetting<K extends SettingKey>(db: FootnoteDatabase, key: K, value: SettingValue<K>): Promise<void> {
  const parsed = SETTINGS[key].schema.safeParse(value);
  if (!parsed.success) throw new Error(`${SETTINGS[key].label}: ${parsed.error.issues[0]?.message ?? 'not a valid value'}.`);
  await db.transaction('rw', [db.settings, db.history], async () => {
    const stored = await db.settings.get(key);
    // A stored value that no longer passes its check (written by an older build) is recorded as absent, not as unchecked data.
    const before = SETTINGS[key].schema.safeParse(stored?.value);
    await db.settings.put({ key, value: parsed.data });
    await db.history.add({ entity: 'workspace', entityId: `setting:${key}`, op: 'update', at: nowIso(), before: before.success ? before.data : undefined, after: parsed.data });
  });
}
