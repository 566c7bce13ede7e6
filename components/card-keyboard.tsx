"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      (["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) &&
        !(target instanceof HTMLInputElement && ["radio", "checkbox"].includes(target.type))))
  );
}

/** A link, button or summary: Enter and Space on it must do what it does, not a shortcut. */
function onControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest("button, summary, a[href]") !== null;
}

/** Whether ← → may leave the card: not when they would do something else, nor when typed answers would be lost. */
function arrowsMayLeave(target: EventTarget | null): boolean {
  // On a radio the arrows move the pick (the browser's own behaviour); they also left for the next card.
  if (target instanceof HTMLInputElement && target.type === "radio") return false;
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
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const reveal = document.querySelector<HTMLDetailsElement>("details[data-reveal]");
      const form = document.querySelector<HTMLFormElement>("form[data-mcq]");
      if (event.key === " " && reveal && !onControl(event.target)) {
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
        !onControl(event.target) &&
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
