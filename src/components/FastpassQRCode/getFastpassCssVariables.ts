import type { CSSProperties } from 'react';
import type { FastpassTheme } from './displayProps';

export type FastpassCssVariables = Record<`--fastpass-${string}`, string>;

const px = (value: string | number) => (typeof value === 'number' ? `${value}px` : value);
const kebab = (token: string) => token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The root's CSS variables: the theme's tokens, then the props that win over them. Only what was given
 * is set, so the stylesheet's light and dark defaults apply to the rest.
 */
export function getFastpassCssVariables(options: {
  size: number;
  fgColor: string;
  bgColor: string;
  accentColor?: string | undefined;
  radius?: string | number | undefined;
  theme?: FastpassTheme | undefined;
}): FastpassCssVariables & CSSProperties {
  const variables: FastpassCssVariables = {};
  for (const [token, value] of Object.entries(options.theme ?? {})) {
    // `!= null`: neither undefined nor null.
    if (value != null && value !== '') variables[`--fastpass-${kebab(token)}`] = px(value);
  }
  if (options.accentColor !== undefined) variables['--fastpass-accent'] = options.accentColor;
  // The code area's and buttons' corner; the stylesheet gives the card 1.5 times it.
  if (options.radius !== undefined) variables['--fastpass-radius'] = px(options.radius);
  variables['--fastpass-code-size'] = px(options.size);
  variables['--fastpass-code-foreground'] = options.fgColor;
  variables['--fastpass-code-background'] = options.bgColor;
  return variables;
}
