"use client";

import { useEffect } from "react";

// Display math wider than its column scrolls inside its own box (globals.css), which a keyboard user can only do once
// the box takes focus, and which nobody notices without a cue. Whether a box overflows is known only once it is laid
// out, so this leaf marks the boxes that do, and only those: every equation a tab stop would bury the page's controls.

const MARK = "data-wide";
const LABEL = "Wide equation: scroll sideways to read it all";

/** Marks a display-math box that overflows with which of its edges hide more (the cue's shadows), or unmarks it. */
function mark(box: HTMLElement) {
  const hidden = box.scrollWidth - box.clientWidth;
  if (hidden <= 1) {
    if (!box.hasAttribute(MARK)) return;
    box.removeAttribute(MARK);
    box.removeAttribute("tabindex");
    box.removeAttribute("role");
    box.removeAttribute("aria-label");
    return;
  }
  const atStart = box.scrollLeft <= 1;
  const atEnd = box.scrollLeft >= hidden - 1;
  box.setAttribute(MARK, atStart ? "end" : atEnd ? "start" : "both");
  box.tabIndex = 0;
  box.setAttribute("role", "group");
  box.setAttribute("aria-label", LABEL);
}

/** Watches every `.katex-display` on the page, those that arrive later (a revealed answer, a solution) included. */
export function WideMath() {
  useEffect(() => {
    const seen = new WeakSet<Element>();
    const resize = new ResizeObserver((entries) => entries.forEach((e) => mark(e.target as HTMLElement)));
    const onScroll = (e: Event) => mark(e.currentTarget as HTMLElement);
    const boxes: HTMLElement[] = [];
    const scan = () => {
      for (const box of document.querySelectorAll<HTMLElement>(".katex-display")) {
        if (seen.has(box)) continue;
        seen.add(box);
        boxes.push(box);
        resize.observe(box);
        box.addEventListener("scroll", onScroll, { passive: true });
      }
    };
    // One scan per frame at most: the playground redraws its SVG every frame.
    let frame = 0;
    const mutations = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), scan()));
    });
    mutations.observe(document.body, { childList: true, subtree: true });
    scan();
    return () => {
      cancelAnimationFrame(frame);
      mutations.disconnect();
      resize.disconnect();
      for (const box of boxes) box.removeEventListener("scroll", onScroll);
    };
  }, []);
  return null;
}
