/** The text of a file, or why it could not be read as text. */
export type DecodeResult =
  | { ok: true; text: string; encoding: string; notices: string[] }
  | { ok: false; error: string };

// Real text has almost no control characters; binaries are full of them. A few stray ones (form feeds in old
// plain-text reports) are tolerated, more than this share is taken as binary.
const MAX_CONTROL_SHARE = 0.01;
const SNIFF_BYTES = 64 * 1024;
// In UTF-16 without a BOM, every other byte of ASCII text is zero.
const UTF16_ZERO_SHARE = 0.3;

/** Decodes file bytes to text: honours a BOM, requires valid UTF-8 otherwise, and falls back to legacy encodings with a notice. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };
  const bom = detectBom(bytes);
  if (bom) return decodeWith(bytes, bom, []);

  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return decodeWith(bytes, utf16, [`No byte-order mark; read as ${utf16.toUpperCase()}.`]);

  if (looksBinary(bytes)) {
    return { ok: false, error: 'This file is not text (it looks like a binary file). Choose a .txt or .md file.' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notices: [] };
  } catch {
    return decodeLegacy(bytes);
  }
}

function detectBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function sniffUtf16WithoutBom(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros / pairs > UTF16_ZERO_SHARE && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > UTF16_ZERO_SHARE && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control / n > MAX_CONTROL_SHARE;
}

function decodeWith(bytes: Uint8Array, encoding: string, notices: string[]): DecodeResult {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding, notices };
  } catch {
    const text = new TextDecoder(encoding).decode(bytes);
    return {
      ok: true,
      text: text.replace(/^\uFEFF/, ''),
      encoding,
      notices: [...notices, `Some bytes are not valid ${encoding.toUpperCase()}; they are shown as \uFFFD.`],
    };
  }
}

// Chinese analysts' files that are not UTF-8 are most often GB18030/GBK; Western ones Windows-1252. GB18030 decodes
// almost any byte string, so it is only taken when the result reads as Chinese.
const MIN_HAN_SHARE_FOR_GB18030 = 0.3;

function decodeLegacy(bytes: Uint8Array): DecodeResult {
  const gb = new TextDecoder('gb18030').decode(bytes);
  const nonAscii = [...gb].filter((c) => c.charCodeAt(0) > 0x7f);
  const han = nonAscii.filter((c) => /\p{Script=Han}|[\u3000-\u303f\uff00-\uffef]/u.test(c)).length;
  if (nonAscii.length > 0 && han / nonAscii.length >= MIN_HAN_SHARE_FOR_GB18030 && !gb.includes('\uFFFD')) {
    return { ok: true, text: gb, encoding: 'gb18030', notices: ['The file is not valid UTF-8; it was read as GB18030 (Chinese).'] };
  }
  const latin = new TextDecoder('windows-1252').decode(bytes);
  return {
    ok: true,
    text: latin,
    encoding: 'windows-1252',
    notices: ['The file is not valid UTF-8; it was read as Windows-1252. Check accented letters.'],
  };
}
