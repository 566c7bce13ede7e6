import type { Root } from "mdast";
import { factTex, isFactKey, MATH_FACT } from "./facts";

interface HastLike {
  type: string;
  value?: string;
  children?: HastLike[];
}

interface MathNode {
  type: string;
  value?: string;
  data?: { hChildren?: HastLike[] };
  children?: MathNode[];
}

function substituteText(nodes: HastLike[]) {
  for (const n of nodes) {
    if (typeof n.value === "string") n.value = substitute(n.value);
    if (n.children) substituteText(n.children);
  }
}

const substitute = (tex: string) =>
  tex.replace(MATH_FACT, (whole, key: string) => (isFactKey(key) ? factTex(key) : whole));

/**
 * Replaces `\fact{key}` inside `$…$` and `$$…$$` with the fact's stated value before KaTeX runs, so numbers in
 * formulas are checked like numbers in prose. Unknown keys are left for the loader to report (and KaTeX to reject).
 */
export function remarkMathFacts() {
  return (tree: Root) => {
    const visit = (node: MathNode) => {
      if ((node.type === "inlineMath" || node.type === "math") && node.value?.includes("\\fact{")) {
        node.value = substitute(node.value);
        // remark-math also keeps the TeX in the node's HTML children (nested for display math); rehype-katex reads those.
        substituteText(node.data?.hChildren ?? []);
      }
      node.children?.forEach(visit);
    };
    visit(tree as unknown as MathNode);
  };
}
