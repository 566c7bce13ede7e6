// Which keys a shortcut layer (the card page's, the review's) may take from the element that has focus. Shared so the
// two agree; the decision is kept apart from the DOM (KeyTarget) so it can be tested as a table.

/** What the decision needs to know about a key's target. */
export interface KeyTarget {
  /** Upper-case tag name, as the DOM gives it. */
  tag: string;
  /** An input's type, lower-case; "" for other elements. */
  type: string;
  editable: boolean;
  /** The nearest enclosing element that does something when activated, if any. */
  control: "button" | "summary" | "link" | null;
}

export function keyTarget(target: EventTarget | null): KeyTarget | null {
  if (!(target instanceof HTMLElement)) return null;
  const control = target.closest("button, summary, a[href]");
  return {
    tag: target.tagName,
    type: target instanceof HTMLInputElement ? target.type.toLowerCase() : "",
    editable: target.isContentEditable,
    control: !control ? null : control.tagName === "A" ? "link" : control.tagName === "SUMMARY" ? "summary" : "button",
  };
}

/**
 * Where every key is the element's own: text fields, text areas, contenteditable, and selects (which use digits and
 * Space for type-ahead and opening). Radios and checkboxes are not: digits pick choices while one has focus.
 */
export function isTyping(t: KeyTarget | null): boolean {
  if (!t) return false;
  if (t.editable || t.tag === "TEXTAREA" || t.tag === "SELECT") return true;
  return t.tag === "INPUT" && t.type !== "radio" && t.type !== "checkbox";
}

/**
 * Whether `key` activates the focused control, so a shortcut must leave it alone: Enter and Space press a button and
 * toggle a summary, Enter follows a link. Space on a link does nothing but scroll the page, so a shortcut may take it:
 * after a client-side navigation focus stays on the header link that was clicked ("Review"), and the review's Space
 * scrolled the page instead of revealing the answer.
 */
export function keyActivates(t: KeyTarget | null, key: string): boolean {
  if (!t?.control || (key !== " " && key !== "Enter")) return false;
  return t.control !== "link" || key === "Enter";
}
