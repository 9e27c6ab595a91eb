import { describe, expect, it } from 'vitest';
import { shortTitle, sourceColumnLabel } from '../../../../../shared/claims/evidence/source-column-label';

describe('sourceColumnLabel', () => {
  it('tells two sources of one publisher apart by title and date', () => {
    const a = sourceColumnLabel({ title: 'US and Japan sign rare earth framework', publisher: 'Reuters', publishedAt: '2025-10-28T09:00:00Z' });
    const b = sourceColumnLabel({ title: 'China tightens export licences for rare earths', publisher: 'Reuters', publishedAt: '2025-10-09' });
    expect(a).toMatchObject({ title: 'US and Japan sign rare earth framework', date: '2025-10-28', publisher: 'Reuters' });
    expect(b.title).not.toBe(a.title);
    expect(a.full).toBe('US and Japan sign rare earth framework · Reuters · 2025-10-28');
  });

  it('cuts a long title at a word and a Chinese one by characters', () => {
    expect(shortTitle('The signing of the Rare Earth Supply framework agreement between the US and Japan')).toBe('The signing of the Rare Earth Supply…');
    expect(shortTitle('美日签署稀土供应框架协议，但短期内难以撼动中国在稀土领域的主导地位')).toBe('美日签署稀土供应框架协议，但短期…');
  });

  it('falls back to the publisher when a source has no title', () => {
    expect(sourceColumnLabel({ title: ' ', publisher: 'Sou Hu Cai Jing' }).title).toBe('Sou Hu Cai Jing');
  });
});
