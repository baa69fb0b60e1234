import type { BlockInForce } from "@/lib/changes/published";
import { SourceList } from "./check/source-list";
import { Markdown } from "./markdown";
import { VerificationTag } from "./verification-tag";

/**
 * A passage the Embassy edits: its Markdown, and once a version of it is published, that
 * version's verification and sources (the released text rests on the page's own sources).
 */
export function ContentBlock({ block, paragraphClassName }: { block: BlockInForce; paragraphClassName?: string }) {
  const payload = block.payload;
  return (
    <>
      <Markdown source={block.text} paragraphClassName={paragraphClassName} />
      {payload && (
        <div className="muted">
          <VerificationTag
            status={payload.verification.status}
            reviewedAt={payload.verification.checkedOn ? new Date(`${payload.verification.checkedOn}T00:00:00Z`) : null}
          />
          {payload.sources.length > 0 && <SourceList sources={payload.sources} />}
        </div>
      )}
    </>
  );
}
