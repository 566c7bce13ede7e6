import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CALCULATOR_COMPONENTS, findCalculator } from "@/components/calculators";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const calculator = findCalculator((await params).slug);
  return { title: calculator ? `${calculator.title} calculator` : "Calculator not found" };
}

export default async function CalculatorPage({ params, searchParams }: Props) {
  const calculator = findCalculator((await params).slug);
  if (!calculator) notFound();
  const query = await searchParams;
  // Only the calculator's own keys, and only single values: the component validates their contents.
  const initial: Record<string, string> = {};
  for (const key of calculator.params) {
    const value = query[key];
    if (typeof value === "string") initial[key] = value;
  }
  const Component = CALCULATOR_COMPONENTS[calculator.slug];
  return (
    <div className="space-y-4">
      <Breadcrumbs trail={[{ href: "/calculators", label: "Calculators" }]} current={calculator.title} />
      <h1 className="text-2xl font-bold tracking-tight">{calculator.title}</h1>
      <p className="max-w-2xl text-zinc-600 dark:text-zinc-400">{calculator.summary}</p>
      {/* Keyed by the state so a link to the same page with other inputs starts from those inputs. */}
      <Component key={JSON.stringify(initial)} {...initial} syncUrl />
      {/* How content embeds it is for authors, not learners: docs/calculators.md. */}
    </div>
  );
}
