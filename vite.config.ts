import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The web workbench: sources in web/, built into dist/web (served by the API
 * server at `/`). In development `/api` is proxied to the API server
 * (VITE_API_TARGET, default http://localhost:3000).
 */
const apiTarget = process.env.VITE_API_TARGET ?? 'http://localhost:3000';

/**
 * Vendor chunks: React and the router in one; antd's shared machinery (CSS-in-JS,
 * theme, locale, rc-component utilities, icons, dayjs), needed by every page, in
 * another. antd's components are left to the automatic splitting, so that each
 * lazily loaded page brings only the components it uses (the login page does
 * not load the ledger's Table). Zod (the shared contracts) comes with the forms.
 */
const vendorGroups: { name: string; test: RegExp; priority: number }[] = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/, priority: 30 },
  {
    name: 'antd-core',
    test: /node_modules[\\/](@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color|icons|icons-svg)|@rc-component[\\/](util|motion|resize-observer|context|portal)|@babel[\\/]runtime|dayjs|clsx|classnames|stylis|@emotion|antd[\\/]es[\\/](_util|theme|config-provider|locale|style|version|app))[\\/]/,
    priority: 20,
  },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 10 },
];

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});
