/** The parts of `<FastpassQRCode>`: each carries `data-slot="<name>"` and, unless unstyled, the class `fastpass__<name>`. */
export const FastpassSlot = {
  ROOT: 'root',
  HEADER: 'header',
  USER: 'user',
  USERPOOL: 'userpool',
  AVATAR: 'avatar',
  NAME: 'name',
  CODE: 'code',
  QRCODE: 'qrcode',
  SKELETON: 'skeleton',
  PLACEHOLDER: 'placeholder',
  VEIL: 'veil',
  ICON: 'icon',
  STATUS: 'status',
  ERROR: 'error',
  ACTIONS: 'actions',
  REFRESH: 'refresh',
  RETRY: 'retry',
  SHOW: 'show',
  HIDE: 'hide',
  FOOTER: 'footer',
  COUNTDOWN: 'countdown',
  HINT: 'hint',
  DETAIL: 'detail',
  LIVE: 'live',
} as const;
export type FastpassSlot = (typeof FastpassSlot)[keyof typeof FastpassSlot];

/** Extra classes per slot, added to (or, with `unstyled`, instead of) the library's own. */
export type FastpassClassNames = Partial<Record<FastpassSlot, string>>;

/** Joins the truthy class names; undefined when none, so no empty `class` attribute is rendered. */
export function joinClassNames(...names: Array<string | false | null | undefined>): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
