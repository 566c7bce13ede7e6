import type { Metadata } from "next";

// The bench's baseline page (npm run bench, bench/page-weight.ts): static text and no client component of its own, so
// the JavaScript the browser loads here is what every page of this build pays (Next's runtime, React and the root
// layout's header). It sits inside the root layout on purpose: one root layout serves the whole app, and a page
// outside it would measure a framework minimum that no real page can reach.
export const metadata: Metadata = { title: "Bare page", robots: { index: false } };

export default function BarePage() {
  return <p>A bare page: the JavaScript baseline for npm run bench.</p>;
}
