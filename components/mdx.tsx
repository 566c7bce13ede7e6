import { mdxComponent } from "@/lib/content/repository";

/** Server-rendered MDX: KaTeX already ran at compile time, so the browser gets plain HTML and CSS. */
export async function Mdx({ source, inline = false }: { source: string; inline?: boolean }) {
  const Content = await mdxComponent(source);
  return (
    <div className={inline ? "prose-card prose-inline" : "prose-card"}>
      <Content />
    </div>
  );
}
