import { defineConfig } from "vite";

// The dashboard is served by 'deskmine serve' at '/'; assets are named from the root so any path that falls back to index.html finds them.
// 'npm run dev' proxies the API to a server started with: deskmine serve -w DIR --urls http://127.0.0.1:5080
export default defineConfig({
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Viz.js carries Graphviz as WebAssembly inside its module (about 1.4 MB); it is loaded only by the map page.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:5080" },
  },
});
