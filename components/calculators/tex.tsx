"use client";

import { renderOnServer, type TexRender } from "#tex-ssr";
import { useEffect, useId, useState } from "react";

// One shared import: every Tex on the page waits on the same chunk, fetched only when a formula must be typeset in
// the browser (the learner changed an input, or the calculator mounted after a client-side navigation).
let loader: Promise<TexRender> | undefined;
function loadKatex(): Promise<TexRender> {
  loader ??= import("katex").then((mod) => {
    const { renderToString } = mod.default;
    return renderToString;
  });
  return loader;
}

interface Typeset {
  tex: string;
  display: boolean;
  html: string;
}

/**
 * The formula as the first render can have it without loading KaTeX in the browser. On the server, KaTeX typesets
 * it. While hydrating, the element the server rendered under the same useId() still holds that HTML: reusing it
 * makes the hydration render match the server's exactly. After a client-side navigation there is no such element
 * (or it holds another formula), so the formula is typeset once KaTeX has loaded.
 */
function initialTypeset(id: string, tex: string, display: boolean): Typeset | null {
  if (renderOnServer) return { tex, display, html: renderOnServer(tex, { throwOnError: false, displayMode: display }) };
  if (typeof document === "undefined") return null;
  const server = document.getElementById(id);
  if (!server || server.dataset.tex !== tex || server.tagName !== (display ? "DIV" : "SPAN")) return null;
  return { tex, display, html: server.innerHTML };
}

/** A formula typeset by KaTeX: in the server's HTML on load, in the browser after an edit. */
export function Tex({ tex, display = false }: { tex: string; display?: boolean }) {
  const id = useId();
  const [html, setHtml] = useState<Typeset | null>(() => initialTypeset(id, tex, display));
  const current = html !== null && html.tex === tex && html.display === display;
  useEffect(() => {
    if (current) return;
    let live = true;
    void loadKatex().then((render) => {
      if (live) setHtml({ tex, display, html: render(tex, { throwOnError: false, displayMode: display }) });
    });
    return () => {
      live = false;
    };
  }, [tex, display, current]);
  const Tag = display ? "div" : "span";
  const cls = display ? "block overflow-x-auto overflow-y-hidden py-1" : undefined;
  // Stale HTML for an older formula is never shown: until the new one is typeset, its source is.
  if (!current) {
    return (
      <Tag className={`${cls ?? ""} font-mono text-sm break-all text-zinc-600 dark:text-zinc-400`} data-tex-pending="">
        {tex}
      </Tag>
    );
  }
  return <Tag id={id} className={cls} data-tex={tex} dangerouslySetInnerHTML={{ __html: html.html }} />;
}
