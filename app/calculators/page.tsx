import type { Metadata } from "next";
import Link from "next/link";
import { CALCULATORS } from "@/components/calculators";
import { cardClass } from "@/components/ui/card";

export const metadata: Metadata = { title: "Calculators" };

export default function CalculatorsPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Calculators</h1>
      <p className="max-w-2xl text-zinc-600 dark:text-zinc-400">
        Put numbers through the formulas interviews ask about and see every step with the numbers substituted. Each
        calculator keeps its inputs in the address bar, so a copied link opens it exactly as you left it.
      </p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {CALCULATORS.map((c) => (
          <li key={c.slug}>
            <Link
              href={`/calculators/${c.slug}`}
              className={cardClass("block h-full p-5 hover:border-brand-500 hover:bg-zinc-50 dark:hover:bg-zinc-900")}
            >
              <h2 className="font-semibold text-brand-600 dark:text-brand-100">{c.title}</h2>
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{c.summary}</p>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
