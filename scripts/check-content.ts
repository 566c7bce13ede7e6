// `npm run build` runs this first: every file validated, every fragment of MDX and TeX compiled.
import path from "node:path";
import { ContentError, loadContent } from "../lib/content/load";

const contentRoot = path.resolve(import.meta.dirname, "..", "content");
const started = performance.now();
loadContent(contentRoot, { compile: true })
  .then((library) => {
    const ms = Math.round(performance.now() - started);
    console.log(`✓ Content OK: ${library.decks.length} decks, ${library.items.length} items compiled in ${ms} ms.`);
  })
  .catch((error: unknown) => {
    console.error(error instanceof ContentError ? `✗ ${error.message}` : error);
    process.exit(1);
  });
