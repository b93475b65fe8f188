import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['*://*/*'],
    browser_specific_settings: {
      gecko: {
        id: 'rung@rung.local',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  // RUNG_READABLE_BUILD=1 keeps names in the bundles, so CPU profiles (npm run bench -- --profile-dir) read.
  vite: () => ({ build: { minify: process.env.RUNG_READABLE_BUILD ? false : undefined } }),
  zip: { excludeSources: ['node_modules/**', '.output/**', 'test-results/**', 'playwright-report/**'] },
});
