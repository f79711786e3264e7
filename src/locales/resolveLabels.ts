import { enUS } from './en-US';
import type { FastpassLabels } from './types';
import { zhCN } from './zh-CN';

/** The locales other languages import, for the development warning to name. */
const IMPORTABLE: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/^zh[-_](tw|hk|mo|hant)/i, 'zh-TW', 'zhTW'],
  [/^ja(?:[-_]|$)/i, 'ja-JP', 'jaJP'],
];

/** What the card and its parts say, and in which language. */
export interface ResolvedLabels {
  labels: FastpassLabels;
  /** The language of the words shown: `lang`, or `zh-CN` when `lang` asked for labels that were not given. */
  lang: string | undefined;
}

/**
 * The labels to show: `given` over the built-in set for `lang` (`en…` → English; anything else, and no tag, →
 * Simplified Chinese). Only zh-CN and en-US are built in, so that nobody pays for languages they do not show;
 * other languages are imports (`react-fastpass-qrcode/locales/ja-JP` → `jaJP`) given as `labels`.
 */
export function resolveLabels(lang: string | undefined, given: Partial<FastpassLabels> | undefined): ResolvedLabels {
  const builtIn = /^en(?:[-_]|$)/i.test(lang ?? '') ? enUS : zhCN;
  const complete = isComplete(given);
  // A complete set takes nothing from the built-in one: not even an optional line, which would show in another language.
  const labels = complete ? (given as FastpassLabels) : { ...builtIn, ...given };
  const missing = !!lang && builtIn === zhCN && !/^zh(?:[-_](cn|sg|hans)|$)/i.test(lang) && !complete;
  if (process.env.NODE_ENV !== 'production' && missing) warnOnMissingLocale(lang);
  return { labels, lang: missing ? 'zh-CN' : lang };
}

/** Whether `given` has every label a set must have (`stillLoading` is optional). */
function isComplete(given: Partial<FastpassLabels> | undefined): boolean {
  return given !== undefined && Object.keys(zhCN).every((key) => key in given || key === 'stillLoading');
}

const warned = new Set<string>();

/** A language that is not built in, with no complete label set given: say which import to add, once per tag. */
function warnOnMissingLocale(lang: string): void {
  if (warned.has(lang)) return;
  warned.add(lang);
  const locale = IMPORTABLE.find(([pattern]) => pattern.test(lang));
  console.warn(
    `[react-fastpass-qrcode] lang="${lang}" asks for labels that are not built in (zh-CN and en-US are), so Simplified ` +
      'Chinese shows meanwhile. ' +
      (locale
        ? `Import them and pass them as labels: import { ${locale[2]} } from 'react-fastpass-qrcode/locales/${locale[1]}'; ` +
          `<FastpassProvider lang="${lang}" labels={${locale[2]}}> (or on <FastpassQRCode>).`
        : 'Pass a complete label set as `labels` on <FastpassProvider> or <FastpassQRCode>.'),
  );
}
