import { describe, expect, it } from 'vitest';
import { canonicalSubject, findSubjectMentions, subjectKey } from '../../../../../shared/claims/quantities/subjects';

describe('canonicalSubject', () => {
  it('names a subject the same way whatever the spelling or language', () => {
    expect(['U.S.', 'United States', 'USA', '美国', 'US'].map((s) => canonicalSubject(s))).toEqual(['US', 'US', 'US', 'US', 'US']);
    expect(['中国', 'Chinese', 'china'].map((s) => canonicalSubject(s))).toEqual(['China', 'China', 'China']);
    expect(['global', '全球', 'World'].map((s) => canonicalSubject(s))).toEqual(['World', 'World', 'World']);
    expect(canonicalSubject(' Lynas ')).toBe('Lynas');
    expect(subjectKey('Lynas')).toBe(subjectKey('lynas'));
  });
});

describe('findSubjectMentions', () => {
  const named = (text: string) => findSubjectMentions(text).map((m) => (m.kind === 'named' ? m.name : 'it'));

  it('finds whole-word names, longest first, and pronouns', () => {
    expect(named('The US and Japan; USD and US$ are currencies; campus')).toEqual(['US', 'Japan']);
    expect(named('印度尼西亚和印度')).toEqual(['Indonesia', 'India']);
    expect(named('South Korea, not Korea alone')).toEqual(['South Korea', 'South Korea']);
    expect(named('China says it will; 其产量')).toEqual(['China', 'it', 'it']);
  });

  it('marks objects of prepositions and agents of passives', () => {
    const [china, japan] = findSubjectMentions("China's exports to Japan");
    expect([china?.prepositional, japan?.prepositional]).toEqual([false, true]);
    const [agent] = findSubjectMentions('is controlled by China');
    expect(agent?.agent).toBe(true);
  });
});
