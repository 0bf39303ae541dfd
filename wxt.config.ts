import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// Chrome gets MV3; Firefox MV3 as well (sidebar_action is written by WXT from entrypoints/sidepanel).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  outDir: '.output',
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Bağlam',
    description: '__MSG_extDescription__',
    default_locale: 'tr',
    permissions: ['storage', 'contextMenus', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The content script already runs on every page; explicit host access adds no install warning and
    // lets the popup and side panel read the active tab's URL (per-site switch, "on this page").
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-sidepanel': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandOpenSidepanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'baglam@baglam.local',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // Terser squeezes a few percent more than esbuild out of the content script, which every page pays for.
    build: { minify: 'terser', terserOptions: { compress: { passes: 3 }, format: { comments: false } } },
    resolve: {
      alias: [
        // WXT's content-script context posts the extension id to the page; ours tells it nothing.
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./lib/content/script-context.ts', import.meta.url)),
        },
      ],
    },
  }),
});
