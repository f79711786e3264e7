import type { Meta } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { FastpassQRCode } from '../../src';
import { MIN_SUPPORTED_SIZE } from '../../src/components/parts/codeDefaults';
import { jaJP } from '../../src/locales/ja-JP';
import { zhTW } from '../../src/locales/zh-TW';
import { fastpassLoader, registerMockHandlers, withFastpassProviders } from './fastpassStory';

const USAGE = `
The signed-in user's Fastpass (快速认证) QR code. It asks Authing for a code, renders it, follows its
status by polling and says what happened: \`signed-out → (idle) → loading → pending → scanned → authorized |
cancelled | expired\`, plus \`error\`. The root carries the state as \`data-state\`.

How to use it, with code that runs as written: [The card](?path=/docs/docs-the-card--docs) (its props, states and
sizes), [Theming and dark mode](?path=/docs/docs-theming-and-dark-mode--docs), [Languages](?path=/docs/docs-languages--docs).

Every story here runs against the mock Authing from \`react-fastpass-qrcode/testing\` (a service worker,
no network), and its \`play\` function drives the mock and checks what the component shows.
`;

const category = (name: string) => ({ table: { category: name } });

/**
 * What every FastpassQRCode story file shares: the mock backend, the providers, controls and docs.
 * `title` and `tags` stay in each file: Storybook's indexer reads them statically, not through a spread.
 */
export const fastpassMetaBase = {
  component: FastpassQRCode,
  loaders: [fastpassLoader],
  beforeEach: registerMockHandlers,
  decorators: [withFastpassProviders],
  args: {
    onStatusChange: fn(),
    onAuthorized: fn(),
  },
  argTypes: {
    // From the smallest supported size: below it the plate grows anyway (Themes › Smaller than supported shows it).
    size: { control: { type: 'range', min: MIN_SUPPORTED_SIZE, max: 400, step: 2 }, ...category('Code') },
    fgColor: { control: 'color', ...category('Code') },
    bgColor: { control: 'color', ...category('Code') },
    level: { control: 'inline-radio', options: ['L', 'M', 'Q', 'H'], ...category('Code') },
    marginSize: { control: { type: 'range', min: 0, max: 8, step: 1 }, ...category('Code') },
    showUserpoolLogo: { control: 'boolean', ...category('Code') },
    accentColor: { control: 'color', ...category('Theme') },
    radius: { control: { type: 'range', min: 0, max: 24, step: 1 }, ...category('Theme') },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'auto'], ...category('Theme') },
    theme: { control: 'object', ...category('Theme') },
    unstyled: { control: 'boolean', ...category('Theme') },
    classNames: { control: 'object', ...category('Theme') },
    className: { control: 'text', ...category('Theme') },
    style: { control: 'object', ...category('Theme') },
    lang: { control: 'inline-radio', options: ['zh-CN', 'zh-TW', 'ja-JP', 'en-US'], ...category('Text') },
    // A locale to import (zh-CN and en-US are built in and follow `lang`); a story may pass any label set.
    labels: { control: 'select', options: ['zhTW', 'jaJP'], mapping: { zhTW, jaJP }, ...category('Text') },
    fallback: { control: false, ...category('Text') },
    scope: { control: 'text', ...category('Request') },
    context: { control: 'object', ...category('Request') },
    customData: { control: 'object', ...category('Request') },
    generate: { control: 'inline-radio', options: ['on-mount', 'on-demand'], ...category('Lifecycle') },
    enabled: { control: 'boolean', ...category('Lifecycle') },
    refetchInterval: { control: { type: 'number', min: 250, step: 250 }, ...category('Lifecycle') },
    lifetimeMs: { control: { type: 'number', min: 1000, step: 1000 }, ...category('Lifecycle') },
    maxAutoRefresh: { control: { type: 'number', min: 0, step: 1 }, ...category('Lifecycle') },
    maxPollFailures: { control: { type: 'number', min: 1, step: 1 }, ...category('Lifecycle') },
    encode: { control: false, ...category('Lifecycle') },
    onStatusChange: { control: false, ...category('Events') },
    onAuthorized: { control: false, ...category('Events') },
  },
  parameters: {
    layout: 'centered',
    docs: { description: { component: USAGE } },
  },
} satisfies Meta<typeof FastpassQRCode>;
