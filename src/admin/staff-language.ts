// AdminJS's locale is global; Counter's is per staff member. AdminJS's pages carry their locale in
// `window.REDUX_STATE.locale`, from which the browser's i18n is initialised (adminjs.i18n.js: the
// `language` becomes i18next's language, `translations` its bundles). This rewrites that state on
// every HTML page to the logged-in staff member's language, with only that language available
// (so AdminJS shows no language switcher that the server's notices would not follow).
import type { Request, RequestHandler, Response } from 'express';
import type { LocaleTranslations } from 'adminjs';
import { languageOf, type Language } from '../shared/i18n.js';

const START = 'window.REDUX_STATE = ';
// react-select's "Select..." placeholder (AdminJS's dropdowns pass none, and it is not in AdminJS's i18n).
const PLACEHOLDER: Partial<Record<Language, string>> = { fr: 'Choisir…' };
const placeholderStyle = (placeholder: string) =>
  `[class$="-placeholder"]{font-size:0}[class$="-placeholder"]::after{content:${JSON.stringify(placeholder)};font-size:14px}`;
// In every language, an order has many actions: a record's action buttons go under its title when they
// do not fit beside it, and onto a second row when one row is too narrow for them.
const HEADER_STYLE = '.adminjs_ActionHeader>:last-child{flex-wrap:wrap}.adminjs_ActionHeader>:last-child>:first-child{min-width:max-content}' +
  '.adminjs_ActionHeader>:last-child>:last-child{flex-shrink:1;min-width:0}.adminjs_ActionHeader .adminjs_ButtonGroupItem{margin-bottom:8px}';
const languageStyle = (language: Language) => `<style>${PLACEHOLDER[language] ? placeholderStyle(PLACEHOLDER[language]) : ''}${HEADER_STYLE}</style>`;
const END = ';\n';

interface PageLocale {
  language: string;
  availableLanguages: string[];
  translations: Record<string, LocaleTranslations>;
}

/** The language a request is served in: the staff member's, English before login. */
export const requestLanguage = (req: Request): Language => languageOf(req.session?.adminUser?.locale);

/** `<html lang=…>` and the state's locale set to one language (JSON kept safe inside <script>). */
export function pageInLanguage(html: string, language: Language): string {
  const start = html.indexOf(START);
  const end = start < 0 ? -1 : html.indexOf(END, start);
  if (end < 0) return html;
  const state = JSON.parse(html.slice(start + START.length, end)) as { locale?: PageLocale };
  if (!state.locale?.translations?.[language]) return html;
  state.locale = { ...state.locale, language, availableLanguages: [language], translations: { [language]: state.locale.translations[language] } };
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  const page = (html.slice(0, start + START.length) + json + html.slice(end)).replace(/<html lang=[^\s>]+>/, `<html lang=${language}>`);
  return page.replace('</head>', `${languageStyle(language)}</head>`);
}

export function staffLanguage(): RequestHandler {
  return (req, res: Response, next) => {
    if (req.path.startsWith('/api/') || req.path.startsWith('/frontend/')) return next();
    const send = res.send.bind(res);
    res.send = (body?: unknown) => (typeof body === 'string' && body.includes(START) ? send(pageInLanguage(body, requestLanguage(req))) : send(body as never));
    next();
  };
}
