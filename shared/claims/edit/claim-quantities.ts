// A claim's quantities are re-read from its text whenever the text changes, but what the analyst corrected by hand
// always wins over the extractor: corrections follow the mention they were made on into the new reading.
import { QuantitySchema, type Quantity } from '../../model';
import { extractQuantities, type ExtractOptions } from '../quantities/extract-quantities';
import { CALENDAR_YEAR } from '../quantities/quantity';
import { normalizeAmount } from '../quantities/units';

/** A field of a quantity the analyst may correct. */
export type CorrectableField = NonNullable<Quantity['corrected']>[number];

/** Every correctable field, as the stored model lists them. */
export const CORRECTABLE_FIELDS: readonly CorrectableField[] = QuantitySchema.shape.corrected.unwrap().element.options;

/** Reads a claim's quantities from its text as stored `Quantity` records (plain data, offsets into `text`). */
export function quantitiesForClaim(text: string, options: ExtractOptions = {}): Quantity[] {
  return extractQuantities(text, options).map((q) => {
    const stored: Quantity = { kind: q.kind, value: q.value, unit: q.unit, normalized: { ...q.normalized }, approx: q.approx, text: q.text, start: q.start, end: q.end };
    if (q.high !== undefined) stored.high = q.high;
    if (q.bound !== undefined) stored.bound = q.bound;
    if (q.subject !== undefined) stored.subject = q.subject;
    if (q.measure !== undefined) stored.measure = q.measure;
    if (q.period !== undefined) stored.period = q.period;
    return stored;
  });
}

/**
 * Re-reads quantities after the claim's text changed, keeping every corrected field. A corrected quantity follows the
 * mention with the same words (`70%`), else the one with its uncorrected value and unit, else the one at the same place
 * in the list; one whose mention is gone is kept, detached from the text, so no correction is ever dropped silently.
 */
export function keepCorrections(previous: readonly Quantity[], extracted: readonly Quantity[]): Quantity[] {
  const [quantities] = distributeCorrections(previous, [extracted], { byPosition: true });
  return quantities ?? [];
}

/**
 * Hands each corrected quantity of `previous` to the part whose reading has the same mention (for a split claim);
 * corrections no part holds stay with the first part, detached from its text.
 */
export function distributeCorrections(previous: readonly Quantity[], parts: readonly (readonly Quantity[])[], options: { byPosition?: boolean } = {}): Quantity[][] {
  const out = parts.map((part) => part.map((q) => ({ ...q })));
  const taken = parts.map(() => new Set<number>());
  const leftovers: Quantity[] = [];
  const corrected = previous.map((q, index) => ({ q, index })).filter(({ q }) => (q.corrected ?? []).length > 0);
  const matchers: ((c: Quantity, e: Quantity, cIndex: number, eIndex: number) => boolean)[] = [
    (c, e) => c.text !== undefined && c.text === e.text,
    (c, e) => !isCorrected(c, 'value') && !isCorrected(c, 'unit') && c.value === e.value && c.unit === e.unit,
    ...(options.byPosition ? [(_c: Quantity, _e: Quantity, cIndex: number, eIndex: number) => cIndex === eIndex] : []),
  ];
  const pending = [...corrected];
  for (const matches of matchers) {
    for (const entry of [...pending]) {
      const place = findUntaken(out, taken, (e, eIndex) => matches(entry.q, e, entry.index, eIndex));
      if (!place) continue;
      taken[place.part]?.add(place.index);
      const target = out[place.part];
      const base = target?.[place.index];
      if (target && base) target[place.index] = applyCorrections(base, entry.q);
      pending.splice(pending.indexOf(entry), 1);
    }
  }
  for (const { q } of pending) leftovers.push(detached(q));
  if (leftovers.length > 0) {
    if (out.length === 0) out.push([]);
    out[0]?.push(...leftovers);
  }
  return out;
}

function findUntaken(parts: readonly Quantity[][], taken: readonly Set<number>[], test: (q: Quantity, index: number) => boolean): { part: number; index: number } | undefined {
  for (let part = 0; part < parts.length; part++) {
    const list = parts[part] ?? [];
    for (let index = 0; index < list.length; index++) {
      const q = list[index];
      if (q && !taken[part]?.has(index) && test(q, index)) return { part, index };
    }
  }
  return undefined;
}

function isCorrected(q: Quantity, field: CorrectableField): boolean {
  return (q.corrected ?? []).includes(field);
}

// The corrected fields of `correction` written over a fresh reading, the record of what was corrected carried along.
function applyCorrections(base: Quantity, correction: Quantity): Quantity {
  const fields = correction.corrected ?? [];
  const out: Quantity = { ...base, corrected: [...fields] };
  for (const field of fields) copyField(out, correction, field);
  return changesValue(fields) ? renormalized(out) : out;
}

// A correction whose words are no longer in the text keeps its data but no longer points at a place in the text.
function detached(q: Quantity): Quantity {
  const { text: _text, start: _start, end: _end, ...rest } = q;
  return { ...rest };
}

function copyField(target: Quantity, source: Quantity, field: CorrectableField): void {
  switch (field) {
    case 'value':
      target.value = source.value;
      return;
    case 'unit':
      target.unit = source.unit;
      return;
    case 'approx':
      target.approx = source.approx;
      return;
    case 'high':
    case 'subject':
    case 'measure':
    case 'period':
    case 'bound': {
      const value = source[field];
      if (value === undefined) delete target[field];
      else Object.assign(target, { [field]: value });
      return;
    }
  }
}

/** What the analyst may change on one quantity; `null` clears an optional field (a subject the extractor wrongly found). */
export interface QuantityPatch {
  subject?: string | null;
  measure?: string | null;
  value?: number;
  high?: number | null;
  unit?: string;
  period?: string | null;
  approx?: boolean;
  bound?: NonNullable<Quantity['bound']> | null;
}

/** Applies a correction to one quantity, marking each patched field as corrected and re-normalizing the value; throws a message for the analyst on a bad value. */
export function correctQuantityFields(quantity: Quantity, patch: QuantityPatch): Quantity {
  const fields = (Object.keys(patch) as (keyof QuantityPatch)[]).filter((f) => patch[f] !== undefined);
  if (fields.length === 0) throw new Error('Nothing to correct: change at least one field.');
  const out: Quantity = { ...quantity };
  for (const field of fields) {
    switch (field) {
      case 'value':
        out.value = checkNumber(patch.value, 'The value');
        break;
      case 'unit':
        out.unit = (patch.unit ?? '').trim();
        break;
      case 'approx':
        out.approx = patch.approx === true;
        break;
      case 'high': {
        if (patch.high === null) delete out.high;
        else out.high = checkNumber(patch.high, 'The upper end of the range');
        break;
      }
      case 'bound': {
        if (patch.bound === null) delete out.bound;
        else out.bound = QuantitySchema.shape.bound.unwrap().parse(patch.bound);
        break;
      }
      case 'subject':
      case 'measure':
      case 'period': {
        const text = patch[field]?.replace(/\s+/gu, ' ').trim();
        if (text === undefined || text === '') delete out[field];
        else out[field] = text;
        break;
      }
    }
  }
  if (out.high !== undefined && out.high < out.value) throw new Error('The upper end of a range cannot be below its lower end.');
  out.corrected = CORRECTABLE_FIELDS.filter((f) => fields.includes(f) || (quantity.corrected ?? []).includes(f));
  return changesValue(fields) ? renormalized(out) : out;
}

function checkNumber(value: number | undefined, what: string): number {
  if (value === undefined || !Number.isFinite(value)) throw new Error(`${what} must be a number.`);
  return value;
}

function changesValue(fields: readonly string[]): boolean {
  return fields.includes('value') || fields.includes('high') || fields.includes('unit');
}

// The canonical value is derived from value, high and unit, so it must follow a correction of any of them; a unit
// the unit table does not know leaves the quantity without one, and the cross-checks then pass it by.
function renormalized(q: Quantity): Quantity {
  const out: Quantity = { ...q };
  if (out.kind === 'date') {
    out.normalized = { value: out.value, unit: CALENDAR_YEAR };
    return out;
  }
  const normalized = normalizeAmount(out.value, out.unit, out.high);
  if (normalized) out.normalized = normalized;
  else delete out.normalized;
  return out;
}
