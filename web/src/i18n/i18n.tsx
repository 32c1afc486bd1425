/** The interface language (English or French), kept in localStorage, and the `t` lookup. */
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { Locale } from '../lib/format.ts';
import { translate, type TextKey, type Vars } from './translate.ts';

export type { TextKey } from './translate.ts';
const STORAGE_KEY = 'ramstein.locale';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /**
   * A message with `{name}` placeholders filled in; a message given in plural forms takes the
   * form its number `count` calls for in the language.
   */
  t: (key: TextKey, vars?: Vars) => string;
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
      t: (key, vars) => translate(locale, key, vars),
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
