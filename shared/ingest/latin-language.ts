// The commonest function words of the Latin-script languages Footnote's analysts read. Short texts in these languages
// are mostly made of them, and the lists barely overlap, so counting them tells the languages apart without a model.
const STOP_WORDS: Record<string, string> = {
  en: 'the of and to in is that for it as was with be by on not he this are or his from at which but have an they you were her she there been has their one all would will what its also who more into than only other when',
  fr: 'le la les de des du et en un une est que qui dans pour pas sur au aux avec ce ces il elle ils sont par plus ont été son sa ses mais ou leur nous vous cette être comme',
  de: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an als werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum war haben nur oder',
  es: 'el la los las de del y en que un una es por con no para se su al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también fue ha',
  it: 'il lo la gli le di del della e è che un una per non in con si da dei delle al alla sono come ma più anche questo nel nella ha essere ci',
  pt: 'o a os as de do da dos das e é que um uma em no na para com não por se mais mas ao como foi seu sua ou ser quando muito também pelo pela são',
  nl: 'de het een en van in is dat op te zijn met voor niet aan er om ook als bij door maar uit dan nog wel wordt zo naar over deze hij zij',
  cs: 'a se na je že v ve s z do to jako by pro o k ale jsou byl jeho jak tak už podle také které který která být mezi jen při po od aby',
  pl: 'i w na z że do się nie jest to o jak ale po co tak od za przez jego są dla czy być już może tylko oraz które który która',
  tr: 've bir bu da de için ile olarak daha çok en gibi olan ama ki ne var sonra kadar göre her olduğu değil ise veya ya bu şekilde çalışma',
  sv: 'och att det som en på är av för med till den har inte om ett de var jag men sig från vid så kan eller efter',
  ro: 'și în de la cu pe care un o nu este că se din pentru mai sunt ca sau fost prin dar acest această',
};

// A text needs this many stop words before its language is named (a short clipping of a few dozen words, one in ten of
// its words, but never fewer than MIN_SHORT_HITS), and the best language must lead the next by this factor; otherwise
// it stays "Latin script, language unknown".
const MIN_HITS = 5;
const MIN_SHORT_HITS = 3;
const SHORT_TEXT_SHARE = 0.1;
const MIN_LEAD = 1.5;
const SAMPLE_WORDS = 2000;

const LISTS = Object.entries(STOP_WORDS).map(([lang, words]) => ({ lang, words: new Set(words.split(' ')) }));

/** Names the language of Latin-script text by its function words (ISO 639-1: `en`, `fr`, `cs`), or null when unsure. */
export function detectLatinLanguage(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, SAMPLE_WORDS) ?? [];
  const scores = LISTS.map(({ lang, words: list }) => ({ lang, hits: words.reduce((n, w) => n + (list.has(w) ? 1 : 0), 0) })).sort((a, b) => b.hits - a.hits);
  const [best, next] = scores;
  const needed = Math.min(MIN_HITS, Math.max(MIN_SHORT_HITS, Math.ceil(words.length * SHORT_TEXT_SHARE)));
  if (!best || best.hits < needed || best.hits < (next?.hits ?? 0) * MIN_LEAD) return null;
  return best.lang;
}
