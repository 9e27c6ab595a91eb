import apaCsl from './styles/apa.csl?raw';
import chicagoCsl from './styles/chicago-fullnote-bibliography-with-ibid.csl?raw';
import gb7714Csl from './styles/china-national-standard-gb-t-7714-2015-numeric.csl?raw';
import enUsLocale from './styles/locales-en-US.xml?raw';
import zhCnLocale from './styles/locales-zh-CN.xml?raw';
import type { BriefingLang } from './briefing-lang';
import type { CitationStyleId } from './citation-style-catalog';

/** The CSL file of each bundled style, as text. */
export const STYLE_XML: Readonly<Record<CitationStyleId, string>> = {
  apa: apaCsl,
  'chicago-notes': chicagoCsl,
  gb7714: gb7714Csl,
};

/** The CSL locale files bundled, by language. */
export const LOCALE_XML: Readonly<Record<BriefingLang, string>> = {
  'en-US': enUsLocale,
  'zh-CN': zhCnLocale,
};

/** The bundled locale citeproc asks for: its exact language, else the same language's bundled variant, else US English (citeproc's own fallback). */
export function bundledLocale(lang: string): string {
  const exact = (LOCALE_XML as Readonly<Record<string, string>>)[lang];
  if (exact) return exact;
  return lang.toLowerCase().startsWith('zh') ? LOCALE_XML['zh-CN'] : LOCALE_XML['en-US'];
}

// GB/T 7714-2015 (8.1.2) shortens a list of more than three authors with "等"; the CSL locale's Chinese "et al." is
// "等人", which the standard's own examples never use. Only this style reads the locale with the standard's word.
const GB7714_ET_AL = { from: '<term name="et-al">等人</term>', to: '<term name="et-al">等</term>' };

/** The bundled locale a style asks citeproc for, with the terms its standard prescribes where the locale differs. */
export function styleLocale(style: CitationStyleId, lang: string): string {
  const locale = bundledLocale(lang);
  return style === 'gb7714' ? locale.replace(GB7714_ET_AL.from, GB7714_ET_AL.to) : locale;
}
