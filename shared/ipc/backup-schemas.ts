import { z } from 'zod';
import { parseBackupFileName } from '../backup/backup-rotation';
import { BytesSchema } from './schemas';

// The backup calls: the renderer streams an archive to main in slices, main writes it under the app's data folder
// and rotates old ones. Names are checked against the pattern Footnote writes, so no request can reach another path.

/** Largest slice of archive bytes one append may carry; the renderer sends a few MB at a time. */
export const MAX_BACKUP_SLICE_BYTES = 64 * 1024 * 1024;
/** Largest backup main reads back for a restore: the restore's own limit on what it holds. */
export const MAX_BACKUP_READ_BYTES = 3 * 1024 ** 3;

export const BackupFileNameSchema = z
  .string()
  .max(255)
  .refine((name) => parseBackupFileName(name) !== null, 'Not the name of a Footnote backup');

export const BackupBeginRequestSchema = z.strictObject({ fileName: BackupFileNameSchema });
export const BackupBeginResponseSchema = z.strictObject({ id: z.string().uuid() });
export const BackupAppendRequestSchema = z.strictObject({
  id: z.string().uuid(),
  bytes: BytesSchema.refine((b) => b.length <= MAX_BACKUP_SLICE_BYTES, 'Slice too large'),
});
export const BackupFinishRequestSchema = z.strictObject({ id: z.string().uuid(), abort: z.boolean() });
export const BackupFinishResponseSchema = z.discriminatedUnion('saved', [
  z.strictObject({ saved: z.literal(true), location: z.string().min(1) }),
  z.strictObject({ saved: z.literal(false) }),
]);

export const BackupInfoSchema = z.strictObject({ name: BackupFileNameSchema, size: z.number().int().nonnegative(), createdAt: z.string(), reason: z.enum(['manual', 'auto', 'quit']) });
export type BackupInfo = z.infer<typeof BackupInfoSchema>;
export const BackupListRequestSchema = z.strictObject({});
export const BackupListResponseSchema = z.array(BackupInfoSchema);
export const BackupReadRequestSchema = z.strictObject({ name: BackupFileNameSchema });
export const BackupReadResponseSchema = BytesSchema;
/** The renderer's word that the backup on quit is written, or that nothing changed since the last. */
export const QuitReadyRequestSchema = z.strictObject({});
export const QuitReadyResponseSchema = z.null();
/** Main asks the renderer for the backup on quit. */
export const BackupRequestEventSchema = z.literal('quit');

export type BackupBeginRequest = z.infer<typeof BackupBeginRequestSchema>;
export type BackupBeginResponse = z.infer<typeof BackupBeginResponseSchema>;
export type BackupAppendRequest = z.infer<typeof BackupAppendRequestSchema>;
export type BackupFinishRequest = z.infer<typeof BackupFinishRequestSchema>;
export type BackupFinishResponse = z.infer<typeof BackupFinishResponseSchema>;
export type BackupListRequest = z.infer<typeof BackupListRequestSchema>;
export type BackupReadRequest = z.infer<typeof BackupReadRequestSchema>;
