"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { isTyping, keyActivates, keyTarget } from "./key-target";

/** Whether ← → may leave the card: not when they would do something else, nor when typed answers would be lost. */
function arrowsMayLeave(target: EventTarget | null): boolean {
  // On a radio the arrows move the pick (the browser's own behaviour); they also left for the next card.
  if (target instanceof HTMLInputElement && target.type === "radio") return false;
  // In a wide equation's box (components/wide-math.tsx) the arrows scroll it; they also left for the next card.
  if (target instanceof Element && target.closest("[data-wide]")) return false;
  // An exercise's answers live only in the page: one stray arrow key threw them all away.
  const answers = document.querySelectorAll<HTMLInputElement>("form[data-answers] input");
  return ![...answers].some((input) => input.value.trim() !== "");
}

/**
 * Keyboard shortcuts for a card: Space reveals, ← → move within the deck, digits pick MCQ choices, Enter checks.
 * Everything it does is also reachable with a plain link, button or form control; this is only a shortcut layer.
 */
export function CardKeyboard({ previous, next }: { previous?: string; next?: string }) {
  const router = useRouter();
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = keyTarget(event.target);
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(target)) return;
      const reveal = document.querySelector<HTMLDetailsElement>("details[data-reveal]");
      const form = document.querySelector<HTMLFormElement>("form[data-mcq]");
      // Space on a link reveals too: focus stays on the link that opened the card (a deck's list, ← →'s own links).
      if (event.key === " " && reveal && !keyActivates(target, event.key)) {
        event.preventDefault();
        reveal.open = !reveal.open;
      } else if (event.key === "ArrowLeft" && previous && arrowsMayLeave(event.target)) {
        router.push(`/cards/${previous}`);
      } else if (event.key === "ArrowRight" && next && arrowsMayLeave(event.target)) {
        router.push(`/cards/${next}`);
      } else if (/^[1-9]$/.test(event.key) && form) {
        const input = form.querySelector<HTMLInputElement>(`input[data-choice-index="${Number(event.key) - 1}"]`);
        if (input) {
          event.preventDefault();
          input.checked = input.type === "radio" ? true : !input.checked;
          input.focus();
        }
      } else if (
        event.key === "Enter" &&
        form &&
        !keyActivates(target, event.key) &&
        form.contains(event.target as Node | null)
      ) {
        // Only from a choice: Enter on the graded card's "Reset" link (inside the form) submitted it again instead.
        event.preventDefault();
        form.requestSubmit();
      }
    }
    window.addEventListener("keydown", onKey);
    // Marks the shortcuts as live: a key pressed before hydration does nothing, and browser tests wait for this.
    document.body.dataset.cardKeys = "";
    return () => {
      window.removeEventListener("keydown", onKey);
      delete document.body.dataset.cardKeys;
    };
  }, [previous, next, router]);
  return null;
}
