import { z } from 'zod';
import { MENU_COMMANDS } from './channels';

/** Largest file the open dialog will read: the whole file is held in memory and copied across IPC. */
export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024;

// Bounds on request sizes so a compromised renderer cannot ask main to do unbounded work.
const MAX_FILTERS = 20;
const MAX_EXTENSIONS_PER_FILTER = 50;
const MAX_FILE_NAME_LENGTH = 255;

/** Bytes travel as Uint8Array; Node's Buffer is a subclass, so it passes too. */
export const BytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  message: 'Expected a Uint8Array',
});

/** An extension as the native dialogs want it: no dot, no glob, or '*' for all files. */
export const FileExtensionSchema = z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'Extension must be letters and digits without a dot, or *');

export const FileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(FileExtensionSchema).min(1).max(MAX_EXTENSIONS_PER_FILTER),
});
export type FileFilter = z.infer<typeof FileFilterSchema>;

export const OpenFilesRequestSchema = z.strictObject({
  filters: z.array(FileFilterSchema).max(MAX_FILTERS),
  multiple: z.boolean(),
});
export type OpenFilesRequest = z.infer<typeof OpenFilesRequestSchema>;

export const PickedFileSchema = z.strictObject({
  name: z.string().min(1).max(MAX_FILE_NAME_LENGTH),
  mime: z.string().max(255),
  bytes: BytesSchema,
  lastModified: z.number().nonnegative(),
});
export type PickedFile = z.infer<typeof PickedFileSchema>;

export const OpenFilesResponseSchema = z.array(PickedFileSchema);
export type OpenFilesResponse = z.infer<typeof OpenFilesResponseSchema>;

/** A bare file name: the renderer suggests a name, only the user picks the folder. */
export const SuggestedFileNameSchema = z
  .string()
  .min(1)
  .max(MAX_FILE_NAME_LENGTH)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'Suggested name must be a file name, not a path');

export const SaveFileRequestSchema = z.strictObject({
  suggestedName: SuggestedFileNameSchema,
  data: z.union([BytesSchema, z.string()]),
  mime: z.string().min(1).max(255),
  filters: z.array(FileFilterSchema).max(MAX_FILTERS),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;

/** Cancelling a save is an outcome, not an error. */
export const SaveOutcomeSchema = z.discriminatedUnion('saved', [
  z.strictObject({ saved: z.literal(true), location: z.string().min(1) }),
  z.strictObject({ saved: z.literal(false) }),
]);
export type SaveOutcome = z.infer<typeof SaveOutcomeSchema>;

// A briefing's print HTML is text with inline style only; 20 MB is far past a 500-claim briefing and bounds the work.
const MAX_PRINT_HTML_LENGTH = 20 * 1024 * 1024;

/** A self-contained HTML document to print to PDF, and the file name to suggest for it. */
export const PrintToPdfRequestSchema = z.strictObject({
  html: z.string().min(1).max(MAX_PRINT_HTML_LENGTH),
  suggestedName: SuggestedFileNameSchema.refine((name) => name.toLowerCase().endsWith('.pdf'), 'Suggested name must end in .pdf'),
});
export type PrintToPdfRequest = z.infer<typeof PrintToPdfRequestSchema>;

export const MenuCommandSchema = z.enum(MENU_COMMANDS);

/** The envelope every invoke call answers with; the value is checked separately against the call's response schema. */
export const ResultEnvelopeSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: z.string() }),
]);
