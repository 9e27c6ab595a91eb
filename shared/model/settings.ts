import { z } from 'zod';

/** Every workspace setting with its type, limits and default; a stored value that fails its schema falls back to the default. */
export const SETTINGS = {
  /** Files larger than this are refused before they are read. 50 MB holds any real report and keeps imports responsive. */
  importSizeLimitMB: { schema: z.number().int().min(1).max(500), default: 50, label: 'Largest file to import (MB)' },
  /** Two figures for the same subject and measure that differ by more than this share are flagged as a conflict. */
  conflictTolerancePercent: { schema: z.number().min(0).max(100), default: 5, label: 'Conflict tolerance (%)' },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
export type Settings = { [K in SettingKey]: SettingValue<K> };

/** Reads stored settings rows into a complete, valid settings object. */
export function readSettings(rows: readonly { key: string; value: unknown }[]): Settings {
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const out: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(SETTINGS)) {
    const parsed = def.schema.safeParse(stored.get(key));
    out[key] = parsed.success ? parsed.data : def.default;
  }
  return out as Settings;
}
