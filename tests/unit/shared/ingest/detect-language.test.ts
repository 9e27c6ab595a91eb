import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageLabel } from '../../../../shared/ingest/detect-language';
import { documentLanguage, primaryLanguage } from '../../../../shared/ingest/document-language';
import { detectLatinLanguage } from '../../../../shared/ingest/latin-language';
import { SHARED_DIR, readSharedText } from '../../shared/fixture-paths';

// The Readability pages whose expected metadata names a language: their article text, tags stripped.
function labelledPages(): { page: string; lang: string; text: string }[] {
  return readdirSync(resolve(SHARED_DIR, 'corpus/readability'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const meta = JSON.parse(readSharedText(`corpus/readability/${d.name}/expected-metadata.json`)) as { lang?: string | null };
      const text = readSharedText(`corpus/readability/${d.name}/expected.html`).replace(/<[^>]+>/gu, ' ');
      return { page: d.name, lang: (meta.lang ?? '').split('-')[0] ?? '', text };
    })
    .filter((p) => p.lang !== '');
}

describe('detectLanguage on Latin-script text', () => {
  it('names the language of every corpus page that declares one, from its text alone', () => {
    const pages = labelledPages();
    expect(pages.map((p) => p.lang).sort()).toEqual(expect.arrayContaining(['cs', 'en', 'fr']));
    for (const { page, lang, text } of pages) expect(detectLanguage(text), page).toBe(lang);
  });

  it('reads German, Turkish and Spanish sentences, and stays unsure of a few words', () => {
    expect(detectLatinLanguage('Die Bundesregierung hat am Mittwoch beschlossen, dass die neuen Regeln für alle Unternehmen gelten, die in der Europäischen Union tätig sind.')).toBe('de');
    expect(detectLatinLanguage('Egzersiz, insanları stresten uzaklaştıran ve fiziksel uygunluğu iyi duruma getirmek için kullanılan en ucuz ve kolay yoldur. Bu çalışma ile daha çok bilgi elde edildi.')).toBe('tr');
    expect(detectLatinLanguage('El gobierno anunció que las nuevas medidas para la economía entrarán en vigor en enero, y que no habrá más cambios por ahora.')).toBe('es');
    expect(detectLatinLanguage('Rare earths')).toBeNull();
    expect(detectLanguage('Plain English')).toBe('und-Latn');
  });
});

describe('documentLanguage and primaryLanguage', () => {
  it('stores BCP 47 primary subtags: three-letter codes from PDF metadata become two-letter ones', () => {
    expect(primaryLanguage('eng')).toBe('en');
    expect(primaryLanguage('fr-FR')).toBe('fr');
    expect(primaryLanguage('x-default')).toBeNull();
    expect(documentLanguage('eng', 'The system was used in the first study of the kind.')).toBe('en');
    expect(documentLanguage('tur', 'Bu çalışma ile daha çok bilgi elde edildi ve bu sonuç için de önemli.')).toBe('tr');
  });

  it('detects an undeclared Latin-script language and trusts the text over a CJK template default', () => {
    expect(documentLanguage(null, 'Le projet de loi sur le renseignement a été approuvé par les députés, qui ont voté pour le texte à une large majorité.')).toBe('fr');
    expect(documentLanguage('zh-CN', 'This is an English page that was written with the default template of a Chinese site, and it is not in Chinese at all.')).toBe('en');
  });

  it('names the seed summary and a Chinese text as languages, not scripts', () => {
    expect(languageLabel(detectLanguage(readSharedText('fixtures/seed-summary-rare-earths.txt')))).toBe('English');
    expect(languageLabel(detectLanguage('美日签署稀土供应框架协议，但短期内难以撼动中国在稀土领域的主导地位。'))).toBe('Chinese (中文)');
  });

  it('names the language of a short English clipping, not only its script', () => {
    expect(detectLanguage('Quotas and the world market\nMining Weekly·2025-11-04 10:00\n\nChinese mines produced some 270,000 tons of rare earth oxide, roughly 70% of global supply, on reserves of 44 million tons.')).toBe('en');
    expect(detectLanguage('Rare Earth Supply 2025')).toBe('und-Latn');
  });

  it('labels tags by name for the reader and the library', () => {
    expect(languageLabel('en')).toBe('English');
    expect(languageLabel('cs')).toBe('Czech (čeština)');
    expect(languageLabel('zh')).toBe('Chinese (中文)');
    expect(languageLabel('ja')).toBe('Japanese (日本語)');
    expect(languageLabel('en-GB')).toBe('British English');
    expect(languageLabel('und-Latn')).toBe('Latin script (language not recognised)');
    expect(languageLabel('not a tag')).toBe('not a tag');
    expect(languageLabel('und')).toBe('Unknown');
  });
});
