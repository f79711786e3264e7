// Han, kana and Hangul names are read as a whole: their first character is the initial.
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Splits into user-perceived characters, so that an emoji (even a ZWJ family) stays whole. */
function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

function firstGrapheme(word: string): string {
  // A word longer than any grapheme is cut first, so a huge name costs nothing to segment.
  return graphemes(word.slice(0, 32))[0] ?? '';
}

/**
 * The initials an avatar shows without a photo: the first character of a CJK name ("张三" → "张"),
 * up to two initials of a Latin one ("ada lovelace" → "AL", "Authing 示例用户池" → "A"), "?" for an
 * empty name.
 */
export function getInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (first === undefined) return '?';
  if (CJK.test(first)) return firstGrapheme(first);
  // A CJK last word ("Authing 示例用户池") adds nothing a reader would take for an initial.
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const second = last === undefined || CJK.test(last) ? '' : firstGrapheme(last);
  return (firstGrapheme(first) + second).toLocaleUpperCase();
}
