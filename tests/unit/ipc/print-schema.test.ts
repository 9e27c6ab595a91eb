import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, PrintToPdfRequestSchema, invokeContract } from '../../../shared/ipc';

describe('PrintToPdfRequestSchema', () => {
  const valid = { html: '<!doctype html><title>B</title><p>Claim</p>', suggestedName: 'Briefing.pdf' };

  it('accepts print HTML and a PDF file name', () => {
    expect(PrintToPdfRequestSchema.safeParse(valid).success).toBe(true);
    expect(PrintToPdfRequestSchema.safeParse({ ...valid, suggestedName: '稀土简报.PDF' }).success).toBe(true);
  });

  it.each([
    ['empty HTML', { ...valid, html: '' }],
    ['bytes instead of HTML', { ...valid, html: new Uint8Array([60]) }],
    ['a path as the name', { ...valid, suggestedName: '../x.pdf' }],
    ['a name that is not a PDF', { ...valid, suggestedName: 'briefing.exe' }],
    ['an extra field', { ...valid, path: '/etc/passwd' }],
    ['a missing name', { html: valid.html }],
  ])('rejects %s', (_label, payload) => {
    expect(PrintToPdfRequestSchema.safeParse(payload).success).toBe(false);
  });

  it('is on the contract under its own channel', () => {
    expect(INVOKE_CHANNELS.printToPdf).toBe('footnote:print:pdf');
    expect(invokeContract.printToPdf.channel).toBe('footnote:print:pdf');
    expect(invokeContract.printToPdf.request).toBe(PrintToPdfRequestSchema);
  });
});
