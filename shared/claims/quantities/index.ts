// The quantity and cross-check domain: read figures from claims, normalize them, and find where sources disagree.
export { extractQuantities, type ExtractOptions } from './extract-quantities';
export { findQuantityConflicts, type ConflictOptions, type ConflictSide, type QuantityConflict } from './conflicts';
export { deriveTotals, type DerivedTotal, type DerivedTotalOptions, type StatedTotalComparison } from './derived-figures';
export {
  compareQuantities,
  compareValues,
  DEFAULT_RELATIVE_TOLERANCE,
  intervalOf,
  relativeGap,
  samePeriod,
  type IncomparableReason,
  type QuantityComparison,
  type ValueInterval,
} from './compare-quantities';
export { claimMeasureKeys, subjectKeyPrefix, subjectMeasureKey } from './measure-keys';
export { measureKey, parseShareMeasure, MEASURE_WORDS, type ShareMeasure } from './measures';
export { canonicalSubject, subjectKey, KNOWN_SUBJECTS, WORLD, type SubjectName } from './subjects';
export {
  DAYS_PER_MONTH,
  DAYS_PER_YEAR,
  dimensionOf,
  lookupBaseUnit,
  lookupUnit,
  normalizeAmount,
  SCALE_WORDS,
  UNIT_SYMBOLS,
  UNIT_WORDS,
  type CanonicalUnit,
  type CurrencyCode,
  type Dimension,
  type NormalizedAmount,
  type UnitDefinition,
} from './units';
export { parseChineseNumeral, parseDigits, parseEnglishNumber } from './parse-numbers';
export * from './quantity';
