'use client';
import { useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { useIsomorphicLayoutEffect } from '../../react/useIsomorphicLayoutEffect';
import { getInitials } from './getInitials';
import { isSafePhotoUrl } from './isSafePhotoUrl';

interface FastpassAvatarProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The photo URL as the server sent it. Only `https:`, `http:` and `data:image/` URLs are loaded. */
  src: string | undefined;
  /** Whose avatar: its initials stand in for a missing, unsafe or broken photo. */
  name: string;
}

/**
 * A decorative avatar (the name is always shown beside it): the photo when it is safe and loads,
 * the initials otherwise.
 */
export function FastpassAvatar({ src, name, ...rest }: FastpassAvatarProps) {
  // Remember which URL failed, so that a new photo gets its own chance without an effect.
  const [failedSrc, setFailedSrc] = useState<string>();
  const showPhoto = isSafePhotoUrl(src) && failedSrc !== src;
  const img = useRef<HTMLImageElement>(null);
  // A photo that failed before hydration (blocked by img-src, a 404 while the HTML loaded) fired its `error` before
  // React listened: an image already complete is asked whether it decodes (a broken one does not). One still loading
  // reports through onError.
  useIsomorphicLayoutEffect(() => {
    const image = img.current;
    // `decode` is missing in jsdom only.
    if (image?.complete && 'decode' in image) image.decode().catch(() => setFailedSrc(src));
  }, [src]);
  return (
    <span {...rest}>
      {showPhoto ? (
        <img ref={img} src={src} alt="" decoding="async" referrerPolicy="no-referrer" onError={() => setFailedSrc(src)} />
      ) : (
        <span aria-hidden="true">{getInitials(name)}</span>
      )}
    </span>
  );
}
