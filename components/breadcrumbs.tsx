import Link from "next/link";
import { Fragment } from "react";

/** Links for every level but the last, which is the current page (or omitted when the page has its own heading). */
export function Breadcrumbs({ trail, current }: { trail: Array<{ href: string; label: string }>; current?: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-zinc-500 dark:text-zinc-400">
      {trail.map((step, i) => (
        <Fragment key={step.href}>
          {i > 0 ? " / " : null}
          <Link href={step.href} className="hover:underline">
            {step.label}
          </Link>
        </Fragment>
      ))}
      {current ? (
        <>
          {" / "}
          <span aria-current="page">{current}</span>
        </>
      ) : null}
    </nav>
  );
}
