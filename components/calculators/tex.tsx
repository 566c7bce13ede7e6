"use client";

import { useEffect, useState } from "react";

type Render = (tex: string, options: { throwOnError: boolean; displayMode?: boolean }) => string;

// One shared import: every Tex on the page waits on the same chunk, fetched only when a calculator mounts,
// so pages without calculators ship no KaTeX JavaScript (their formulas are rendered on the server).
let loader: Promise<Render> | undefined;
function loadKatex(): Promise<Render> {
  loader ??= import("katex").then((mod) => {
    const { renderToString } = mod.default;
    return renderToString;
  });
  return loader;
}

/** A formula typeset by KaTeX in the browser; the raw TeX shows as text until KaTeX has loaded. */
export function Tex({ tex, display = false }: { tex: string; display?: boolean }) {
  const [html, setHtml] = useState<{ tex: string; html: string } | null>(null);
  useEffect(() => {
    let live = true;
    void loadKatex().then((render) => {
      if (live) setHtml({ tex, html: render(tex, { throwOnError: false, displayMode: display }) });
    });
    return () => {
      live = false;
    };
  }, [tex, display]);
  const Tag = display ? "div" : "span";
  const cls = display ? "block overflow-x-auto overflow-y-hidden py-1" : undefined;
  // Stale HTML for an older formula is never shown: until the new one is typeset, its source is.
  if (html === null || html.tex !== tex) {
    return (
      <Tag className={`${cls ?? ""} font-mono text-sm break-all text-zinc-600 dark:text-zinc-400`} data-tex-pending="">
        {tex}
      </Tag>
    );
  }
  return <Tag className={cls} data-tex={tex} dangerouslySetInnerHTML={{ __html: html.html }} />;
}
