"use client";
// The file field of the attachments page. Rendered on the server as a plain file input, so it
// works without JavaScript (the server then refuses a file over the limit with the same
// message, see app/cli/serve.ts). With JavaScript, a file over the limit is refused here,
// before minutes of upload on a slow connection: the choice is cleared and the message shown.
import { useState } from "react";

export function FileInput(props: { id: string; name: string; accept: string; describedBy: string; maxBytes: number; tooLarge: string; errorPrefix: string }) {
  const [tooLarge, setTooLarge] = useState(false);
  const errorId = `${props.id}-size-error`;
  return (
    <>
      {tooLarge && (
        <p className="error-message" id={errorId} role="alert">
          <span className="visually-hidden">{props.errorPrefix} </span>
          {props.tooLarge}
        </p>
      )}
      <input
        className="input"
        type="file"
        id={props.id}
        name={props.name}
        accept={props.accept}
        aria-describedby={tooLarge ? `${props.describedBy} ${errorId}` : props.describedBy}
        aria-invalid={tooLarge || undefined}
        onChange={(event) => {
          const input = event.currentTarget;
          const large = [...(input.files ?? [])].some((file) => file.size > props.maxBytes);
          if (large) input.value = "";
          setTooLarge(large);
          const group = input.closest(".form-group");
          // The server's own error, when the page shows one, keeps the group marked.
          group?.classList.toggle("form-group--error", large || !!group.querySelector(`#${props.id}-error`));
        }}
      />
    </>
  );
}
