'use client';
import { createContext, useContext, useMemo } from 'react';
import { resolveLabels } from '../../locales/resolveLabels';
import type { FastpassLabels } from '../../locales/types';
import { FastpassContext } from '../../react/fastpassContext';

/** The labels a card resolved (its `lang` and `labels` over the provider's), for the parts inside it. */
export const FastpassLabelsContext = createContext<FastpassLabels | undefined>(undefined);

/**
 * The words every part speaks: the enclosing card's, else the provider's (`lang`, `labels`), else Simplified
 * Chinese. No provider is needed, so a part draws a built result in a test too.
 */
export function useFastpassLabels(): FastpassLabels {
  const fromCard = useContext(FastpassLabelsContext);
  const provider = useContext(FastpassContext);
  // Inside a card, the provider's words are not asked for (nor warned about): the card resolved its own.
  const lang = fromCard ? undefined : provider?.lang;
  const labels = fromCard ? undefined : provider?.labels;
  const fromProvider = useMemo(() => resolveLabels(lang, labels).labels, [lang, labels]);
  return fromCard ?? fromProvider;
}
