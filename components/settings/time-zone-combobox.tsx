"use client";

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { exactTimeZone, searchTimeZones, utcOffset } from "@/lib/srs/time-zones";
import { BrowserZoneButton } from "./browser-zone-button";
import { inputClass } from "@/components/ui/field";

/**
 * The time zone as an ARIA 1.2 combobox: typing filters the zones, arrows move through the matches, Enter or a click
 * picks one. Leaving the field with text that is no zone puts the last one picked back, so a save sends a zone from
 * the list; the server still checks it (and says so, as for any field). Without JavaScript it is a text field.
 */
export function TimeZoneCombobox({
  zones,
  defaultValue,
  describedBy,
  invalid,
}: {
  zones: string[];
  defaultValue: string;
  describedBy?: string;
  invalid: boolean;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(defaultValue);
  const [picked, setPicked] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);
  // The whole list when the field opens on the zone already chosen, so arrows browse from there.
  const query = text === picked ? "" : text;
  const { shown, total } = useMemo(() => searchTimeZones(zones, query), [zones, query]);
  const now = useMemo(() => new Date(), []);

  useEffect(() => {
    if (open && active >= 0) listRef.current?.children[active]?.scrollIntoView({ block: "nearest" });
  }, [open, active]);

  function pick(zone: string) {
    setText(zone);
    setPicked(zone);
    setOpen(false);
    setActive(-1);
  }

  function openAt(matches: string[]) {
    setOpen(true);
    setActive(Math.max(0, matches.indexOf(picked)));
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return openAt(shown);
      if (!shown.length) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (a < 0 ? 0 : (a + step + shown.length) % shown.length));
    } else if (e.key === "Enter") {
      // Enter picks; it submits the form only when the field holds a zone and no list is open.
      if (open && active >= 0 && shown[active]) {
        e.preventDefault();
        pick(shown[active]);
      } else if (!exactTimeZone(zones, text)) {
        e.preventDefault();
        openAt(shown);
      } else pick(exactTimeZone(zones, text)!);
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        setOpen(false);
      } else setText(picked);
    }
  }

  function onBlur() {
    setOpen(false);
    setActive(-1);
    const zone = exactTimeZone(zones, text);
    if (zone) pick(zone);
    else setText(picked);
  }

  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <div className="relative">
      <input
        id="timeZone"
        name="timeZone"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[active] ? optionId(active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onClick={() => (open ? setOpen(false) : openAt(shown))}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        className={inputClass}
      />
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label="Matching zones"
        hidden={!open || !shown.length}
        className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded-lg border border-zinc-300 bg-white py-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
      >
        {open
          ? shown.map((zone, i) => (
              <li
                key={zone}
                id={optionId(i)}
                role="option"
                aria-selected={zone === picked}
                // Keeps the keyboard in the field: the click picks, the field stays focused.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(zone)}
                className={`flex cursor-pointer justify-between gap-3 px-3 py-1.5 ${i === active ? "bg-brand-100 text-zinc-900 dark:bg-zinc-700 dark:text-zinc-50" : ""}`}
              >
                <span>{zone}</span>
                <span className={i === active ? "" : "text-zinc-600 dark:text-zinc-400"}>{utcOffset(zone, now)}</span>
              </li>
            ))
          : null}
      </ul>
      <p aria-live="polite" className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        {!open
          ? ""
          : !shown.length
            ? `No time zone matches “${text.trim()}”.`
            : total > shown.length
              ? `${shown.length} of ${total} zones shown; keep typing to narrow them.`
              : `${total} ${total === 1 ? "zone matches" : "zones match"}.`}
      </p>
      <BrowserZoneButton current={picked} onPick={pick} />
    </div>
  );
}
