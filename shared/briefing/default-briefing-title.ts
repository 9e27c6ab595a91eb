// A new briefing's title is a draft the analyst will usually change; it must never look like a finished title taken
// from an unrelated document (the last import may be a PDF named by a file code), so it says "Untitled" unless every
// claim comes from one source, whose title then names what the briefing is about.

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The title a new briefing is offered: the claims' one common source's title, else "Untitled briefing" and the date. */
export function defaultBriefingTitle(commonSourceTitle: string | undefined, todayIso: string): string {
  const title = commonSourceTitle?.trim();
  if (title) return `Briefing: ${title}`;
  const day = new Date(`${todayIso}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? 'Untitled briefing' : `Untitled briefing, ${LONG_DATE.format(day)}`;
}
