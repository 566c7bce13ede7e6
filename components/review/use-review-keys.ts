"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import { isTyping, keyActivates, keyTarget } from "../key-target";

interface Handlers {
  reveal: () => void;
  rate: (rating: number) => void;
  pick: (index: number) => void;
  undo: () => void;
}

/** Space reveals, 1–4 rate once revealed (or pick MCQ choices before), Ctrl/⌘+Z undoes the last rating. */
export function useReviewKeys(revealed: boolean, handlers: Handlers) {
  // The latest handlers, without re-binding the listener on every render. Updated in a layout effect, before the
  // browser paints: with a plain effect, a key pressed just after a rating appeared on screen could reach the
  // previous render's handlers (still busy, without that rating in the undo history) and be dropped.
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const h = () => latest.current;
    function onKey(e: KeyboardEvent) {
      const target = keyTarget(e.target);
      if (isTyping(target)) return;
      // Enter and Space on a control do what that control does: taken over as "reveal", they left an exercise's
      // "Show a hint" button and its equations' <summary> unusable from the keyboard during a review. Space on a link
      // is not one of them (see keyActivates): focus is left on the header's "Review" link after coming from another page.
      if (keyActivates(target, e.key)) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z") {
        e.preventDefault();
        h().undo();
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === " " || (e.key === "Enter" && !revealed)) {
        if (!revealed) {
          e.preventDefault();
          h().reveal();
        }
      } else if (/^[1-9]$/.test(e.key)) {
        e.preventDefault();
        if (revealed) h().rate(Number(e.key));
        else h().pick(Number(e.key) - 1);
      }
    }
    window.addEventListener("keydown", onKey);
    // Marks the keys as live: one pressed before hydration does nothing, and browser tests wait for this.
    document.body.dataset.reviewKeys = "";
    return () => {
      window.removeEventListener("keydown", onKey);
      delete document.body.dataset.reviewKeys;
    };
  }, [revealed]);
}
