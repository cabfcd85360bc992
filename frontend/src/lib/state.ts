import type { Lang } from './i18n';

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem('atlas.lang');
    if (saved === 'en' || saved === 'zh') return saved;
  } catch {
    // storage blocked: fall through
  }
  return 'zh';
}

/** The UI language; the app re-renders its whole tree when it changes. */
export const signalLang: { value: Lang } = { value: initialLang() };

export function setLang(lang: Lang) {
  signalLang.value = lang;
  try {
    globalThis.localStorage?.setItem('atlas.lang', lang);
  } catch {
    // not persisted
  }
}
