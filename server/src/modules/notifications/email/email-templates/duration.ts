export type Duration = { unit: 'hour' | 'minute'; count: number };

/** Whole hours read better than "60 minutes"; anything else stays in minutes. */
export function hoursOrMinutes(minutes: number): Duration {
  if (minutes >= 60 && minutes % 60 === 0) return { unit: 'hour', count: minutes / 60 };
  return { unit: 'minute', count: minutes };
}

/** Splits a plain-text body into paragraphs at blank lines, so authors can write prose. */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}
