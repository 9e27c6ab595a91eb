import { it } from 'vitest';
import fc from 'fast-check';
import { readSharedText } from '../fixture-paths';
import { describeRange } from '../../../../shared/anchoring/describe-range';
import { matchQuote } from '../../../../shared/anchoring/match-quote';

function plain(html: string): string {
  return html.replace(/<script[^]*?<\/script>|<style[^]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ').replace(/\s+/g, ' ');
}
it('scratch', () => {
  const text = plain(readSharedText('corpus/readability/wikipedia-4/source.html')) + plain(readSharedText('corpus/documents/debian-reference/pr01.en.html'));
  console.log('len', text.length);
  const rnd = fc.sample(fc.tuple(fc.integer({ min: 0, max: text.length - 400 }), fc.integer({ min: 20, max: 200 }), fc.integer({min:0,max:1e9})), { numRuns: 200, seed: 42 });
  const deleted: number[] = []; const edited: number[] = []; const rewritten: number[] = [];
  for (const [s, len, r] of rnd) {
    const d = describeRange(text, s, s + len, { sourceHash: 'a' });
    const ctx = { prefix: d.quote.prefix, suffix: d.quote.suffix, hint: s, windowAcceptScore: 0.85 };
    // deleted passage plus 200 chars around
    const del = text.slice(0, Math.max(0, s - 100)) + text.slice(s + len + 100);
    const m1 = matchQuote(del, d.quote.exact, ctx); deleted.push(m1?.score ?? 0);
    // 2 char edits inside
    const a = s + (r % len), b = s + ((r >> 8) % len);
    const ed = text.slice(0, Math.min(a,b)) + 'x' + text.slice(Math.min(a,b)+1, Math.max(a,b)) + text.slice(Math.max(a,b)+1);
    const m2 = matchQuote(ed, d.quote.exact, ctx); edited.push(m2?.score ?? 0);
    // replace 25% of the passage
    const q = Math.floor(len / 4); const at = s + (r % (len - q));
    const rw = text.slice(0, at) + 'z'.repeat(q) + text.slice(at + q);
    const m3 = matchQuote(rw, d.quote.exact, ctx); rewritten.push(m3?.score ?? 0);
  }
  const pct = (xs: number[]) => { const s = [...xs].sort((x, y) => x - y); return [0, 0.05, 0.25, 0.5, 0.75, 0.95, 1].map(p => s[Math.min(s.length - 1, Math.floor(p * s.length))]?.toFixed(3)).join(' '); };
  console.log('deleted  ', pct(deleted)); console.log('edited   ', pct(edited)); console.log('rewritten', pct(rewritten));
});
