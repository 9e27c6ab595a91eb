import { Deflate } from 'fflate';

/** An entry for a hand-made ZIP: its data is stored uncompressed unless the declared sizes say otherwise. */
export interface FixtureEntry {
  name: string;
  data?: Uint8Array;
  /** Sizes to write in the central directory instead of the true ones, to imitate a zip bomb. */
  declaredCompressed?: number;
  declaredUncompressed?: number;
  /** 8 when `data` is already raw-deflated; stored (0) by default. */
  method?: number;
}

/** Builds a small ZIP archive (stored entries) byte by byte, so tests can shape its directory freely. */
export function makeZip(entries: readonly FixtureEntry[], comment = ''): Uint8Array {
  const encoder = new TextEncoder();
  const locals: number[] = [];
  const central: number[] = [];
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = entry.data ?? new Uint8Array();
    const offset = locals.length;
    locals.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(entry.method ?? 0), ...u16(0), ...u16(0), ...u32(0));
    locals.push(...u32(data.length), ...u32(data.length), ...u16(name.length), ...u16(0), ...name, ...data);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0x0800), ...u16(entry.method ?? 0), ...u16(0), ...u16(0), ...u32(0));
    central.push(...u32(entry.declaredCompressed ?? data.length), ...u32(entry.declaredUncompressed ?? data.length));
    central.push(...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name);
  }
  const commentBytes = encoder.encode(comment);
  const end = [
    ...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length),
    ...u32(central.length), ...u32(locals.length), ...u16(commentBytes.length), ...commentBytes,
  ];
  return new Uint8Array([...locals, ...central, ...end]);
}

function u16(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff];
}

function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

const MB = 1024 * 1024;

/** Raw deflate of `megabytes` MB of zeros, made a megabyte at a time so the test never holds the inflated bytes. */
export function deflatedZeros(megabytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  const zeros = new Uint8Array(MB);
  for (let i = 0; i < megabytes; i++) deflate.push(zeros, i === megabytes - 1);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
