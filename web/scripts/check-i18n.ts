/**
 * Every interface string must exist in every language: fails when a key is missing, extra
 * (left over after a rename), empty, or uses other {{placeholders}} than English does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../src/i18n/locales');
const REFERENCE = 'en';
const TRANSLATIONS = ['de', 'fr', 'es', 'ja'];

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(name, value);
    else for (const [nested, text] of flatten(value, name)) flat.set(nested, text);
  }
  return flat;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

async function load(locale: string): Promise<Map<string, string>> {
  const file = path.join(LOCALES_DIR, `${locale}.json`);
  return flatten(JSON.parse(await readFile(file, 'utf8')) as Messages);
}

function problemsOf(locale: string, reference: Map<string, string>, messages: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [key, english] of reference) {
    const text = messages.get(key);
    if (text === undefined) problems.push(`${locale}: missing "${key}"`);
    else if (text.trim() === '') problems.push(`${locale}: empty "${key}"`);
    else if (placeholders(text).join() !== placeholders(english).join()) {
      problems.push(
        `${locale}: "${key}" has {{${placeholders(text)}}} where English has {{${placeholders(english)}}}`,
      );
    }
  }
  for (const key of messages.keys()) {
    if (!reference.has(key))
      problems.push(`${locale}: "${key}" is not in ${REFERENCE}.json (renamed or removed?)`);
  }
  return problems;
}

const reference = await load(REFERENCE);
const problems = (
  await Promise.all(TRANSLATIONS.map(async (locale) => problemsOf(locale, reference, await load(locale))))
).flat();
if (problems.length > 0) {
  console.error(`Translations are incomplete (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${reference.size} strings in ${[REFERENCE, ...TRANSLATIONS].join(', ')}: complete`);
