import { describe, expect, it } from 'vitest';
import { describeParserError, describeStorageError } from '../../../../shared/ingest/plain-error-messages';
import { sizeLimitError } from '../../../../shared/ingest/limits';

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('plain error messages', () => {
  it('turns a real stack overflow into what happened and what to do', () => {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    const message = describeParserError(thrownBy(() => recurse(0)), 'this HTML file');
    expect(message).toMatch(/^This HTML file is nested too deeply to read.*save it again/);
    expect(message).not.toMatch(/Maximum call stack/);
  });

  it('explains xmldom errors without xmldom’s words', () => {
    const message = describeParserError(new Error('error: [xmldom error]\telement parse error: Error: unexpected < in tag name: w:p\n@#[line:undefined,col:undefined]'), 'this Word file');
    expect(message).toBe('Part of this Word file is damaged: its XML is malformed (cut off or edited by hand). Open it in Word or LibreOffice and save it again.');
  });

  it('keeps a short trace of a failure it cannot name', () => {
    expect(describeParserError(new Error(`odd ${'x'.repeat(300)}`))).toMatch(/^This file could not be read \(odd x+…\)$/);
  });

  it('explains storage refusals: a full disk and a value too large to serialize', () => {
    expect(describeStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toMatch(/^There is no room left to store it.*Free disk space.*Nothing was stored/);
    expect(describeStorageError({ name: 'QuotaExceededError' })).toMatch(/^There is no room left/);
    expect(describeStorageError(new Error('DataError: The serialized value is too large (size=140000000 bytes, max=133169152 bytes).'))).toMatch(/^It is too large to store in one piece.*Nothing was stored/);
  });

  it('never says "50.0 MB is over the 50.0 MB limit"', () => {
    const limit = 50 * 1024 * 1024;
    expect(sizeLimitError(limit)).toBeNull();
    expect(sizeLimitError(limit + 10)).toBe('It is 52,428,810 bytes, over the 52,428,800-byte (50.0 MB) import limit. Raise “Largest file to import” in Settings, or split the file.');
    expect(sizeLimitError(80 * 1024 * 1024)).toBe('It is 80.0 MB, over the 50.0 MB import limit. Raise “Largest file to import” in Settings, or split the file.');
  });
});
