'use client';
import type { ComponentPropsWithoutRef } from 'react';
import type { UseFastpassQrcodeResult } from '../../query/fastpassResult';
import { FastpassAvatar } from './FastpassAvatar';
import { slotProps, type FastpassStyleProps } from './slots';

export interface FastpassIdentityProps extends FastpassStyleProps, Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What `useFastpassQrcode` returned: the identity shows once a code has named it. */
  result: UseFastpassQrcodeResult;
  /** Whose: the signed-in user, or the user pool the code signs in to. */
  who: 'user' | 'userpool';
}

/**
 * The user's or the user pool's avatar and name, as the code names them (slot `user` or `userpool`), or nothing
 * before a code has arrived. The avatar shows the photo when its URL is safe and it loads, the initials otherwise;
 * a long name is cut with an ellipsis and kept whole in `title`.
 */
export function FastpassIdentity({ result, who, classNames, unstyled, className, ...rest }: FastpassIdentityProps) {
  const person = result.identity?.[who];
  if (!person) return null;
  const styles = { classNames, unstyled };
  return (
    <div {...rest} {...slotProps(who, styles, className)}>
      <FastpassAvatar src={person.photo} name={person.displayName} {...slotProps('avatar', styles)} />
      <span {...slotProps('name', styles)} title={person.displayName} dir="auto">
        {person.displayName}
      </span>
    </div>
  );
}
