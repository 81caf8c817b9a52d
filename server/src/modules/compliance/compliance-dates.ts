/** Dates are calendar days (`YYYY-MM-DD`) in UTC: "expires on" is a day, not an instant. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The same day `months` later; the 31st becomes the month's last day when it has none. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return dayOf(target);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}
