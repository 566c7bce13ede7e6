"use client";

import { useEffect, useRef } from "react";

/**
 * Brings the learner to the next item after a rating or an undo (the session's index changes; the first item of the
 * visit is left alone, so loading the page does not move anything). Without it the page kept the last item's scroll
 * position, half-way down a long exercise and its solution, and focus fell back to the page body because the control
 * that had it (a rating button, the result heading) was gone. Scrolls only when the item's top is out of view.
 */
export function useItemArrival<T extends HTMLElement>(index: number) {
  const ref = useRef<T>(null);
  const shown = useRef(index);
  useEffect(() => {
    const item = ref.current;
    if (shown.current === index || !item) return;
    shown.current = index;
    item.focus({ preventScroll: true });
    // The pinned header's height is the page's scroll padding: an item starting under it is out of view too.
    const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    const top = item.getBoundingClientRect().top;
    if (top < padding || top > window.innerHeight) item.scrollIntoView({ block: "start" });
  }, [index]);
  return ref;
}
