/**
 * The language of a document worded by the server (the Markdown and PDF briefing packs): the
 * `lang` query parameter when given, else the best of English and French the `Accept-Language`
 * header asks for (a regional tag such as `fr-CA` counts as its language), else English.
 */
import { negotiate } from '@fastify/accept-negotiator';
import * as z from 'zod';
import { locales, type Locale } from '../domain/wording/format.ts';

export const langQuery = z
  .enum(locales)
  .optional()
  .describe(
    'Language of a Markdown or PDF pack: en or fr. Without it, the Accept-Language header decides (English when it names neither)',
  );

export const acceptLanguageHeader = z
  .string()
  .optional()
  .describe('Used for a Markdown or PDF pack when `lang` is not given, e.g. `fr-FR,fr;q=0.9`');

export function packLanguage(lang: Locale | undefined, acceptLanguage: string | undefined): Locale {
  if (lang) return lang;
  if (!acceptLanguage) return 'en';
  const primary = acceptLanguage.replace(/-[A-Za-z0-9-]+/g, '');
  return (negotiate(primary, [...locales]) as Locale | null) ?? 'en';
}
