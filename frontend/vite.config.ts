/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// The build writes straight into the jar's static resources: Spring Boot serves them at /.
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npm run dev`: the UI on :5173 calling the app's API (start the app first).
    proxy: Object.fromEntries(['/graphql', '/export'].map((path) => [path, process.env.ATLAS_API ?? 'http://localhost:8080'])),
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
