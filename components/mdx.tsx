import { calculatorComponents } from "@/components/calculators";
import { mdxComponent } from "@/lib/content/repository";
import { Fact } from "./fact";

// Everything content may use by name: the calculators and computed facts (<Fact k="sigmoid-prime-5" />).
const components = { ...calculatorComponents, Fact };

/** Server-rendered MDX: KaTeX already ran at compile time, so the browser gets plain HTML and CSS. */
export async function Mdx({ source, inline = false }: { source: string; inline?: boolean }) {
  const Content = await mdxComponent(source);
  return (
    <div className={inline ? "prose-card prose-inline" : "prose-card"}>
      <Content components={components} />
    </div>
  );
}
