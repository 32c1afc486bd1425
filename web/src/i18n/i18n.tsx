/** The interface language (English or French), kept in localStorage, and the `t` lookup. */
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { Locale } from '../lib/format.ts';
import { en, type MessageKey } from './messages.en.ts';
import { fr } from './messages.fr.ts';

const catalogues: Record<Locale, Record<MessageKey, string>> = { en, fr };
const STORAGE_KEY = 'ramstein.locale';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** A message with `{name}` placeholders filled in. */
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
}

function initialLocale(): Locale {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'fr') return stored;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: React.ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale: (next) => {
        window.localStorage.setItem(STORAGE_KEY, next);
        setLocaleState(next);
      },
      t: (key, vars) => {
        const text = catalogues[locale][key];
        return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? '')) : text;
      },
    }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
