/**
 * The small Markdown subset content blocks are written in, parsed to a tree that the page
 * renders as React elements (app/ui/markdown.tsx). Raw HTML cannot exist here by
 * construction: nothing is ever parsed as a tag, every character of text stays text, and a
 * link is kept only for an https: or site-relative address. What it knows: paragraphs (a
 * blank line apart), bullet lists ("- "), numbered lists ("1. "), **strong**, *emphasis* and
 * [links](https://…). Anything else is shown as the characters typed. Pure.
 */
export type Inline =
  | { type: "text"; text: string }
  | { type: "strong" | "em"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] };
export type Block = { type: "paragraph"; children: Inline[] } | { type: "list"; ordered: boolean; items: Inline[][] };

// A backslash is refused anywhere: browsers read "\\" as "/", so "/\\evil.example" would leave the site.
const SAFE_HREF = /^(https:\/\/[^\s\\]+|\/[^\s/\\][^\s\\]*)$/;

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = "";
  const flush = () => {
    if (text) out.push({ type: "text", text });
    text = "";
  };
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const strong = /^\*\*(?=\S)([\s\S]*?\S)\*\*/.exec(rest);
    if (strong) {
      flush();
      out.push({ type: "strong", children: parseInline(strong[1]!) });
      i += strong[0].length;
      continue;
    }
    const em = /^\*(?=[^\s*])([^*]*?[^\s*])\*/.exec(rest) ?? /^\*([^\s*])\*/.exec(rest);
    if (em) {
      flush();
      out.push({ type: "em", children: parseInline(em[1]!) });
      i += em[0].length;
      continue;
    }
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest);
    if (link && SAFE_HREF.test(link[2]!)) {
      flush();
      out.push({ type: "link", href: link[2]!, children: parseInline(link[1]!) });
      i += link[0].length;
      continue;
    }
    text += source.charAt(i);
    i++;
  }
  flush();
  return out;
}

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").filter((line) => line.trim() !== "");
    if (lines.length === 0) continue;
    const ordered = lines.every((line) => NUMBERED.test(line));
    if (ordered || lines.every((line) => BULLET.test(line))) {
      const pattern = ordered ? NUMBERED : BULLET;
      blocks.push({ type: "list", ordered, items: lines.map((line) => parseInline(pattern.exec(line)![1]!.trim())) });
    } else {
      blocks.push({ type: "paragraph", children: parseInline(lines.map((line) => line.trim()).join(" ")) });
    }
  }
  return blocks;
}

/** The text a block says, without its marks: for e-mails, the feed and the diff. */
export function plainText(source: string): string {
  const inline = (nodes: Inline[]): string =>
    nodes.map((node) => (node.type === "text" ? node.text : inline(node.children))).join("");
  return parseMarkdown(source)
    .map((block) =>
      block.type === "paragraph" ? inline(block.children) : block.items.map((item) => `- ${inline(item)}`).join("\n"),
    )
    .join("\n\n");
}
