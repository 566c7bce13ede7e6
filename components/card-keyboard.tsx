"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) && !(target instanceof HTMLInputElement && ["radio", "checkbox"].includes(target.type)));
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
      if (event.key === " " && reveal) {
        event.preventDefault();
        reveal.open = !reveal.open;
      } else if (event.key === "ArrowLeft" && previous) {
        router.push(`/cards/${previous}`);
      } else if (event.key === "ArrowRight" && next) {
        router.push(`/cards/${next}`);
      } else if (/^[1-9]$/.test(event.key) && form) {
        const input = form.querySelector<HTMLInputElement>(`input[data-choice-index="${Number(event.key) - 1}"]`);
        if (input) {
          event.preventDefault();
          input.checked = input.type === "radio" ? true : !input.checked;
          input.focus();
        }
      } else if (event.key === "Enter" && form && form.contains(event.target as Node | null)) {
        event.preventDefault();
        form.requestSubmit();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [previous, next, router]);
  return null;
}
