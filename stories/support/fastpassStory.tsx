import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Decorator, StoryContext } from '@storybook/react-vite';
import type { HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { expect, waitFor } from 'storybook/test';
import { FastpassProvider, type FastpassLabels, type FastpassProviderProps } from '../../src';
import {
  createFastpassMock,
  FASTPASS_MOCK_ACCESS_TOKEN,
  FASTPASS_MOCK_APP_ID,
  type FastpassMock,
  type FastpassMockConfig,
} from '../../src/testing';
import { settleAnimations } from '../../test/utils/settleAnimations';

/** What a story may set under `parameters.fastpass`. Story parameters merge over the meta's. */
export interface FastpassStoryParameters {
  /** How the mock Authing is configured for this story (users, user pool, lifetime, latency…). */
  mock?: FastpassMockConfig;
  /** The signed-in user's token. `null` signs out. Default: `FASTPASS_MOCK_ACCESS_TOKEN`. */
  accessToken?: string | null;
  /** The provider's language, also sent as `x-authing-lang`. Default: none (zh-CN labels). */
  lang?: string;
  /** The provider's labels, for every card and part below it (a locale such as `jaJP`). Default: none. */
  labels?: Partial<FastpassLabels>;
  /** The provider's request timeout in ms. Default: the client's (10 s). */
  timeoutMs?: number;
  /** Leave out the decorator's providers: the story renders its own (a whole page). */
  ownProviders?: boolean;
}

/** What the loader hands to the decorator, `beforeEach` and `play` as `context.loaded`. */
export interface FastpassLoaded {
  /** This story's own mock Authing: play drives it (`scan`, `confirm`, …) and reads its request log. */
  mock: FastpassMock;
  /** A fresh TanStack client per story, so that no code leaks from one story into the next. */
  queryClient: QueryClient;
  /** The host the story's component talks to, and the only one its mock answers. */
  appHost: string;
}

type AnyContext = Pick<StoryContext, 'parameters' | 'viewMode' | 'loaded'>;

function parametersOf(context: Pick<StoryContext, 'parameters'>): FastpassStoryParameters {
  return (context.parameters.fastpass ?? {}) as FastpassStoryParameters;
}

/** A short, stable label for a story id: the host goes into the code, and a longer code needs a bigger plate. */
function shortHash(text: string): string {
  let hash = 0;
  for (const char of text) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return (hash % 36 ** 3).toString(36).padStart(3, '0');
}

let docsHost = 0;
const storyRenders = new Map<string, number>();

/**
 * Creates the story's mock and query client. Each story gets a host of its own: on a docs page every story shares one
 * service worker and the addon resets its handlers per story, so the handlers of all stories on the page stay
 * registered together (see `registerMockHandlers`); and when stories run one after another, a request the story
 * before left on its way (a status poll) cannot land in this story's mock and its counts. A story's host is named
 * after the story (and how many times it rendered), not after how many stories ran before it: the host is in the code
 * (its `apiHost`), so that a story draws the same code whichever stories ran before it (the visual baselines
 * compare it).
 */
export function fastpassLoader(context: Pick<StoryContext, 'viewMode' | 'parameters' | 'id'>): FastpassLoaded {
  const renders = (storyRenders.get(context.id) ?? 0) + 1;
  storyRenders.set(context.id, renders);
  const label = context.viewMode === 'docs' ? `docs-${(docsHost += 1)}` : `story-${shortHash(context.id)}${renders > 1 ? `-${renders}` : ''}`;
  const appHost = `https://${label}.fastpass-demo.authing.cn`;
  const mock = createFastpassMock({ ...parametersOf(context).mock, appHost });
  const queryClient = new QueryClient();
  return { mock, queryClient, appHost };
}

/** The story's loaded mock, query client and host; throws if the story forgot `fastpassLoader`. */
export function fastpassLoaded(context: Pick<StoryContext, 'loaded'>): FastpassLoaded {
  const loaded = context.loaded as Partial<FastpassLoaded>;
  if (!loaded.mock || !loaded.queryClient || !loaded.appHost) {
    throw new Error('This story needs `loaders: [fastpassLoader]` (see stories/support/fastpassStory.tsx).');
  }
  return loaded as FastpassLoaded;
}

/** Shorthand for play functions: the story's mock Authing. */
export function mockOf(context: Pick<StoryContext, 'loaded'>): FastpassMock {
  return fastpassLoaded(context).mock;
}

const docsHandlers: HttpHandler[] = [];

/** `beforeEach`: the story's mock becomes the backend (`msw` is the worker the addon's loader started). */
export function registerMockHandlers(context: AnyContext) {
  const { mock } = fastpassLoaded(context);
  const { msw } = context as { msw?: SetupWorker };
  if (!msw) throw new Error('No MSW worker in the story context: keep mswLoader in .storybook/preview.ts.');
  if (context.viewMode !== 'docs') {
    msw.use(...mock.handlers);
    return undefined;
  }
  docsHandlers.push(...mock.handlers);
  msw.use(...docsHandlers);
  return () => {
    for (const handler of mock.handlers) {
      const index = docsHandlers.indexOf(handler);
      if (index !== -1) docsHandlers.splice(index, 1);
    }
  };
}

/** A story-level `beforeEach` that prepares the mock before the component mounts (faults, latency, sessions). */
export function arrange(prepare: (mock: FastpassMock, context: AnyContext) => void) {
  return (context: AnyContext) => {
    prepare(mockOf(context), context);
  };
}

/** QueryClientProvider → FastpassProvider around the story, pointed at the story's mock. */
export const withFastpassProviders: Decorator = (Story, context) => {
  const parameters = parametersOf(context);
  if (parameters.ownProviders) return <Story />;
  const { queryClient, appHost } = fastpassLoaded(context);
  const providerProps: Omit<FastpassProviderProps, 'children'> = {
    appHost,
    appId: FASTPASS_MOCK_APP_ID,
    accessToken: parameters.accessToken === undefined ? FASTPASS_MOCK_ACCESS_TOKEN : parameters.accessToken,
    lang: parameters.lang,
    labels: parameters.labels,
    timeoutMs: parameters.timeoutMs,
  };
  return (
    <QueryClientProvider client={queryClient}>
      <FastpassProvider {...providerProps}>
        <Story />
      </FastpassProvider>
    </QueryClientProvider>
  );
};

/**
 * The component's root (`data-slot="root"`) inside the story; the nth when the story shows several. A layout rebuilt
 * from the parts marks its own container so too (Actions looks for it to keep focus in the same card).
 */
export function fastpassRoot(canvasElement: HTMLElement, index = 0): HTMLElement {
  const root = canvasElement.querySelectorAll<HTMLElement>('[data-slot="root"]')[index];
  if (!root) throw new Error(`No Fastpass root (data-slot="root") #${index} in the story.`);
  return root;
}

/**
 * Checks that a card is exactly as wide as a code area of `codeSize` px plus its own padding and border (the
 * stylesheet sizes it to its code): nothing else, a long name say, may widen it.
 */
export async function expectCardWidth(root: HTMLElement, codeSize: number) {
  const style = getComputedStyle(root);
  const chrome = [style.paddingLeft, style.paddingRight, style.borderLeftWidth, style.borderRightWidth].reduce(
    (sum, length) => sum + Number.parseFloat(length),
    0,
  );
  await expect(root.getBoundingClientRect().width).toBe(codeSize + chrome);
}

/**
 * Waits until the component's root says `data-state="<state>"` (polling and retries take a few seconds),
 * then for its finite animations (the veil fades in), so that visibility checks see what a person sees.
 */
export async function expectState(canvasElement: HTMLElement, state: string, { timeout = 8_000, index = 0 } = {}) {
  await waitFor(() => expect(fastpassRoot(canvasElement, index)).toHaveAttribute('data-state', state), { timeout });
  await settleAnimations(canvasElement);
}
