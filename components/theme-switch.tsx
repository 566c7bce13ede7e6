"use client";

import { useTheme } from "next-themes";
import { Select } from "@/components/ui/field";
import { useHydrated } from "./use-hydrated";

const THEMES = [
  ["system", "System"],
  ["light", "Light"],
  ["dark", "Dark"],
] as const;

/** System, light or dark; next-themes stores the choice in the browser and sets the `dark` class before first paint. */
export function ThemeSwitch() {
  const { theme, setTheme } = useTheme();
  // The stored choice is known only in the browser: until hydration the select shows System and waits.
  const hydrated = useHydrated();
  return (
    <label className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-300">
      {/* Named on the phone menu's list; in the wide header row the options say what it is, the name stays for AT. */}
      <span className="sm:sr-only">Theme</span>
      <Select
        compact
        value={hydrated ? (theme ?? "system") : "system"}
        disabled={!hydrated}
        onChange={(event) => setTheme(event.target.value)}
      >
        {THEMES.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
    </label>
  );
}
