import type { ReactNode } from "react";
import { parseMarkdown, type Inline } from "@/lib/changes/markdown";

/** A content block's Markdown as elements (the safe subset of lib/changes/markdown.ts): no HTML string is ever inserted. */
export function Markdown({ source, paragraphClassName }: { source: string; paragraphClassName?: string }) {
  const inline = (nodes: Inline[]): ReactNode[] =>
    nodes.map((node, i) => {
      if (node.type === "text") return node.text;
      if (node.type === "link")
        return (
          <a key={i} href={node.href}>
            {inline(node.children)}
          </a>
        );
      return node.type === "strong" ? (
        <strong key={i}>{inline(node.children)}</strong>
      ) : (
        <em key={i}>{inline(node.children)}</em>
      );
    });
  return parseMarkdown(source).map((block, i) => {
    if (block.type === "paragraph") {
      return (
        <p key={i} className={paragraphClassName}>
          {inline(block.children)}
        </p>
      );
    }
    const items = block.items.map((item, j) => <li key={j}>{inline(item)}</li>);
    return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
  });
}
