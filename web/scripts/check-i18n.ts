/**
 * Every interface string must exist in every language: fails when a key is missing, extra
 * (left over after a rename), empty, or uses other {{placeholders}} than English does.
 * Each language is a folder of JSON files, one per area of the app; all of them are compared.
 */
import { readdir, readFile } from 'node:fs/promises';
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

/** All of a language's strings, keyed `file:key.path` so a problem names the file to fix. */
async function load(locale: string): Promise<Map<string, string>> {
  const dir = path.join(LOCALES_DIR, locale);
  const files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
  const all = new Map<string, string>();
  const ownerOf = new Map<string, string>();
  for (const file of files) {
    const messages = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Messages;
    // The files are merged into one namespace: a section in two files would hide one of them.
    for (const section of Object.keys(messages)) {
      const owner = ownerOf.get(section);
      if (owner) throw new Error(`${locale}: "${section}" is in both ${owner} and ${file}`);
      ownerOf.set(section, file);
    }
    for (const [key, text] of flatten(messages)) all.set(`${file}:${key}`, text);
  }
  return all;
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
      problems.push(`${locale}: "${key}" is not in ${REFERENCE}/ (renamed or removed?)`);
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
