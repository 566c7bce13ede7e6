"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useHydrated } from "./use-hydrated";

/**
 * A button that shows and hides a panel of server-rendered links (the phone menu, the account menu). The panel's
 * classes come in two sets, so the same markup can be a toggled panel on one breakpoint and always shown (or never
 * toggled) on another: every link and the search box exist once in the page, whatever the width. Until React owns
 * the button (or without JavaScript) it is a link to the panel, which callers show under `:target`.
 */
export function DisclosureMenu(props: {
  /** The panel's id, unique in the page: the button controls it and the fallback link points at it. */
  id: string;
  label: ReactNode;
  buttonClassName: string;
  /** Classes of the wrapper, which positions the panel (a dropdown needs `relative`). */
  className?: string;
  openClassName: string;
  closedClassName: string;
  children: ReactNode;
}) {
  const { id } = props;
  const hydrated = useHydrated();
  const pathname = usePathname();
  // Opened on a path: a navigation changes the path, so the menu is closed on the next page without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // A tap or click anywhere else closes it, as a menu is expected to.
  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpenOn(null);
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [open]);

  return (
    <div
      ref={root}
      className={props.className}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        event.stopPropagation();
        setOpenOn(null);
        button.current?.focus();
      }}
      // Following a link closes the menu even when the link goes to the page already shown (the path stays the same).
      onClick={(event) => {
        if (open && (event.target as Element).closest("a")) setOpenOn(null);
      }}
      onSubmit={() => setOpenOn(null)}
    >
      {hydrated ? (
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpenOn(open ? null : pathname)}
          className={props.buttonClassName}
        >
          {props.label}
        </button>
      ) : (
        <a href={`#${id}`} className={props.buttonClassName}>
          {props.label}
        </a>
      )}
      <div id={id} className={open ? props.openClassName : props.closedClassName}>
        {props.children}
      </div>
    </div>
  );
}
