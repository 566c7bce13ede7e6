// "#tex-ssr" resolves per build (turbopack.resolveAlias in next.config.js): tex-ssr-katex.ts on the server, where a
// calculator's formulas are typeset into the HTML, and tex-ssr-none.ts in the browser, so no eagerly loaded chunk
// holds KaTeX. This declaration is what TypeScript sees; both files are typed against it.
declare module "#tex-ssr" {
  export type TexRender = (tex: string, options: { throwOnError: boolean; displayMode?: boolean }) => string;
  /** KaTeX's renderToString during server rendering; null in the browser, which reuses the server's HTML. */
  export const renderOnServer: TexRender | null;
}
