import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
import type { PluginOption } from 'vite';

/** Plugins that exist for the library build only: Storybook must not write `.d.ts` or copy CSS. */
const LIBRARY_BUILD_PLUGINS = new Set(['unplugin-dts', 'fastpass:copy-stylesheet']);

function withoutLibraryBuildPlugins(plugins: PluginOption[] | undefined): PluginOption[] {
  return (plugins ?? []).flat(Infinity as 1).filter((plugin) => {
    const name = plugin && typeof plugin === 'object' && 'name' in plugin ? plugin.name : undefined;
    return !(name && LIBRARY_BUILD_PLUGINS.has(name));
  });
}

const config: StorybookConfig = {
  // The documentation site (docs/*.mdx, in the order of `storySort` in preview.ts), then every story.
  stories: ['../docs/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    // GitHub-flavoured Markdown in the docs pages: MDX 3 alone renders no tables.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  // Serves mockServiceWorker.js, the mock Authing's transport in the browser.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({ ...viteConfig, plugins: withoutLibraryBuildPlugins(viteConfig.plugins) }),
};

export default config;
