// "#tex-ssr" in the browser build (see tex-ssr.d.ts): nothing, so KaTeX stays out of the calculators' chunks.
// Formulas come from the server's HTML on hydration and from a lazily imported KaTeX after an edit.
import type { TexRender } from "#tex-ssr";

export const renderOnServer: TexRender | null = null;
