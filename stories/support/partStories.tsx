import type { Decorator } from '@storybook/react-vite';
import type { FastpassStoryParameters } from './fastpassStory';
import '../parts/fastpassTokens.css';

/**
 * A part drawn alone, as a page's own layout would hold it: the library's tokens set around it (they live on the
 * card's root otherwise), in the language of the story's provider (`parameters.fastpass.lang`) or zh-CN.
 */
export const withPartStage: Decorator = (Story, context) => {
  // A story may ask for no page tokens at all, to prove a part's own fallbacks (`parameters.partStage: false`).
  if (context.parameters.partStage === false) return <Story />;
  const { lang = 'zh-CN' } = (context.parameters.fastpass ?? {}) as FastpassStoryParameters;
  return (
    <div className="sb-fastpass-tokens" lang={lang}>
      <Story />
    </div>
  );
};

/** The docs' note on where a part's `result` comes from. */
export const PART_RESULT_NOTE =
  'Each story draws the part from `buildFastpassResult(state, scenario)` (`react-fastpass-qrcode/testing`): the ' +
  "hook's own builder, with no provider and no network. In an app, `result` is what `useFastpassQrcode()` returned.";
