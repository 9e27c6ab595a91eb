import { afterAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { z } from 'zod';
import { readSharedText } from '../fixture-paths';
import { anchor } from '../../../../shared/anchoring/anchor';
import { describeRange } from '../../../../shared/anchoring/describe-range';
import { TextPositionSelectorSchema, TextQuoteSelectorSchema, type Selector } from '../../../../shared/model/claim';

// The Hypothesis client's baseline regression (ANCHORING_CASES.md section 2): saved pages with annotations
// made on them in a browser. Anchor each annotation in the page's text, describe the anchored range again,
// and the quote and position selectors must come out identical. (The RangeSelectors address DOM nodes by
// XPath; Footnote anchors on plain text and does not use them.)
const BASELINES = 'corpus/hypothesis/html-baselines';

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

/** The page's text as the browser that made the annotations saw it: `document.body.textContent`. */
function pageText(html: string): string {
  const prepared = html
    // A browser running scripts parses <noscript> content as raw text, so its markup counts in textContent;
    // happy-dom parses it as elements. Escaping it gives back the 156 characters the Wikipedia offsets include.
    .replace(/<noscript>([^]*?)<\/noscript>/gu, (_, inner: string) => `<noscript>${inner.replace(/</gu, '&lt;').replace(/>/gu, '&gt;')}</noscript>`);
  // Nothing is fetched or run (the Hypothesis test strips src and href instead; here the settings do it,
  // because rewriting attributes with a regex also rewrites script text, which counts in textContent).
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  windows.push(window);
  window.document.write(prepared);
  return window.document.body.textContent ?? '';
}

const RowsSchema = z.object({
  rows: z.array(z.object({ id: z.string(), target: z.array(z.object({ selector: z.array(z.looseObject({ type: z.string() })) })) })),
});

function textSelectors(raw: readonly unknown[]): Selector[] {
  return raw.flatMap((s): Selector[] => {
    const quote = TextQuoteSelectorSchema.safeParse(s);
    if (quote.success) return [quote.data];
    const position = TextPositionSelectorSchema.safeParse(s);
    return position.success ? [position.data] : [];
  });
}

describe.each(['minimal', 'wikipedia-regression-testing'])('Hypothesis baseline %s', (name) => {
  const text = pageText(readSharedText(`${BASELINES}/${name}.html`));
  const { rows } = RowsSchema.parse(JSON.parse(readSharedText(`${BASELINES}/${name}.json`)));
  const cases = rows.map((row) => [row.id, textSelectors(row.target[0]?.selector ?? [])] as const);

  it.each(cases)('annotation %s anchors exactly and re-describes to the same selectors', (_id, selectors) => {
    const result = anchor(text, selectors);
    expect(result).toMatchObject({ status: 'exact', method: 'position' });
    if (result.status !== 'exact') return;
    const again = describeRange(text, result.start, result.end, { sourceHash: name });
    expect(new Set([again.quote, again.position].map((s) => JSON.stringify(s, Object.keys(s).sort())))).toEqual(
      new Set(selectors.map((s) => JSON.stringify(s, Object.keys(s).sort()))),
    );
  });
});
