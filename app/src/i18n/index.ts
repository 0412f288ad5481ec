// English and Spanish, chosen from the browser's languages on first visit and switchable; the
// choice is kept in localStorage. Both dictionaries ship in the first load (a few KB gzipped), so
// switching never waits for the network.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { es } from './es';
import { setApiLanguage } from '../api/client';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
const KEY = 'acceso.language';

export function pickLanguage(stored: string | null, browser: readonly string[]): Language {
  if (stored === 'en' || stored === 'es') return stored;
  for (const l of browser) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'es' || base === 'en') return base;
  }
  return 'en';
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function initI18n(lang?: Language) {
  const lng = lang ?? pickLanguage(storedLanguage(), typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes; nothing here becomes HTML
    returnNull: false,
  });
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  setApiLanguage(lng);
  return i18next;
}

export function setLanguage(lang: Language) {
  setApiLanguage(lang);
  void i18next.changeLanguage(lang);
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  document.documentElement.lang = lang;
}
