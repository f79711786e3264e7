/**
 * The named pieces of the card and its parts (Radix's anatomy, shadcn's `data-slot`): each element carries
 * `data-slot="<name>"` and, unless `unstyled`, the class `fastpass__<name>`; `classNames` adds classes by name.
 */
export type FastpassSlot =
  | 'root'
  | 'header'
  | 'user'
  | 'userpool'
  | 'avatar'
  | 'name'
  | 'code'
  | 'qrcode'
  | 'skeleton'
  | 'placeholder'
  | 'veil'
  | 'message'
  | 'icon'
  | 'status'
  | 'error'
  | 'hint'
  | 'detail'
  | 'actions'
  | 'show'
  | 'refresh'
  | 'retry'
  | 'hide'
  | 'footer'
  | 'countdown'
  | 'live';

/** Extra classes per slot, added to (or, with `unstyled`, instead of) the library's own. */
export type FastpassClassNames = Partial<Record<FastpassSlot, string>>;

/** What every part takes besides the result: the card passes its own down, a rebuilt layout its own. */
export interface FastpassStyleProps {
  /** Extra classes per slot inside the part (`status`, `refresh`, …). Default: none. */
  classNames?: FastpassClassNames | undefined;
  /** Drop the library's `fastpass__*` classes and keep only `data-slot`/`data-state`, to style from scratch. Default: false. */
  unstyled?: boolean | undefined;
}

/** Joins the truthy class names; undefined when none, so no empty `class` attribute is rendered. */
export function joinClassNames(...names: Array<string | false | null | undefined>): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}

/** The `data-slot` and class of one slot. */
export function slotProps(name: FastpassSlot, { classNames, unstyled }: FastpassStyleProps, className?: string) {
  return { 'data-slot': name, className: joinClassNames(!unstyled && `fastpass__${name}`, classNames?.[name], className) };
}
