import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ImportReport, settingChanges } from "@/components/settings/import-report";

const text = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const skip = (n: number, reason: string) => Array.from({ length: n }, (_, i) => ({ id: `${reason}-${i}`, reason }));

describe("import report", () => {
  test.each([
    {
      label: "a first import",
      report: { added: { logs: 1, cards: 1, settings: true, renumbered: 0 }, skipped: [] },
      says: "Added 1 review for 1 item, and your settings; skipped 0.",
      note: null,
      lists: [],
    },
    {
      // The same file again: nothing failed, so no list of ids that reads like errors.
      label: "the same file again",
      report: { added: { logs: 0, cards: 0, settings: false, renumbered: 0 }, skipped: skip(5, "already imported") },
      says: "Added 0 reviews for 0 items; skipped 5 (5 already in your account).",
      note: null,
      lists: [],
    },
    {
      label: "a mix",
      report: {
        added: { logs: 3, cards: 2, settings: false, renumbered: 0 },
        skipped: [...skip(2, "already imported"), { id: "x", reason: 'unknown item "gone"' }],
      },
      says: "Added 3 reviews for 2 items; skipped 3 (2 already in your account).",
      note: null,
      lists: ['x: unknown item "gone"'],
    },
    {
      // A backup restored into a new account while the old one exists: its ids are the old account's.
      label: "a restore beside the account it came from",
      report: { added: { logs: 4, cards: 2, settings: true, renumbered: 4 }, skipped: [] },
      says: "Added 4 reviews for 2 items, and your settings; skipped 0.",
      note: "4 reviews got a new id: another account here uses the one in the file (the account the backup came from, if it still exists). Importing the file again still adds nothing.",
      lists: [],
    },
    {
      label: "one review renumbered",
      report: { added: { logs: 2, cards: 1, settings: false, renumbered: 1 }, skipped: [] },
      says: "Added 2 reviews for 1 item; skipped 0.",
      note: "1 review got a new id: another account here uses the one in the file (the account the backup came from, if it still exists). Importing the file again still adds nothing.",
      lists: [],
    },
  ])("$label", ({ report, says, note, lists }) => {
    const html = renderToStaticMarkup(createElement(ImportReport, { report }));
    expect(text(html.match(/<p>(.*?)<\/p>/s)![1]!)).toBe(says);
    const noted = html.match(/<p class="mt-2">(.*?)<\/p>/s);
    expect(noted ? text(noted[1]!) : null).toBe(note);
    expect([...html.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => text(m[1]!).replace(/&quot;/g, '"'))).toEqual(lists);
  });
});

describe("import preview report", () => {
  test.each([
    {
      label: "a restore with settings",
      report: { added: { logs: 4, cards: 2, settings: true, renumbered: 0 }, skipped: [] },
      says: "This file will add 4 reviews on 2 items, and replace your settings; 0 skipped.",
    },
    {
      label: "the same file again",
      report: { added: { logs: 0, cards: 0, settings: false, renumbered: 0 }, skipped: skip(3, "already imported") },
      says: "This file will add 0 reviews on 0 items; 3 skipped (3 already in your account).",
    },
    {
      label: "one review",
      report: { added: { logs: 1, cards: 1, settings: false, renumbered: 1 }, skipped: [] },
      says: "This file will add 1 review on 1 item; 0 skipped.",
    },
  ])("$label", ({ report, says }) => {
    const html = renderToStaticMarkup(createElement(ImportReport, { report, preview: true }));
    expect(text(html.match(/<p>(.*?)<\/p>/s)![1]!)).toBe(says);
  });

  const current = { desiredRetention: 0.9, newPerDay: 20, dayStartHour: 4, timeZone: "UTC" };
  test.each([
    { label: "no settings in the file", file: null, changes: [] },
    { label: "the same settings", file: current, changes: [] },
    {
      label: "two that differ",
      file: { ...current, desiredRetention: 0.85, timeZone: "Europe/Paris" },
      changes: ["desired retention 0.85 (now 0.9)", "time zone Europe/Paris (now UTC)"],
    },
  ])("the settings a file changes: $label", ({ file, changes }) => {
    expect(settingChanges(current, file)).toEqual(changes);
  });

  test("the changed settings are named only when the import takes them", () => {
    const changes = ["time zone Europe/Paris (now UTC)"];
    const html = (settings: boolean) =>
      text(
        renderToStaticMarkup(
          createElement(ImportReport, {
            report: { added: { logs: 0, cards: 0, settings, renumbered: 0 }, skipped: [] },
            changes,
            preview: true,
          }),
        ),
      );
    expect(html(true)).toContain("Settings from the file: time zone Europe/Paris (now UTC).");
    expect(html(false)).not.toContain("Settings from the file");
  });
});
