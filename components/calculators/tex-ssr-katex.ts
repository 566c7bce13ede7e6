// "#tex-ssr" in the server build (see tex-ssr.d.ts): KaTeX, loaded with the server bundle, typesets synchronously.
import katex from "katex";
import type { TexRender } from "#tex-ssr";

export const renderOnServer: TexRender | null = (tex, options) => katex.renderToString(tex, options);
