"use client";
// The file control of every upload (the request's attachments page, the answer to the Embassy),
// inside a FormGroup, which gives its label, hint and error. Rendered on the server as a plain file input, so it
// works without JavaScript (the server then refuses a file over the limit with the same
// message, see app/cli/serve.ts). With JavaScript, a file over the limit is refused here,
// before minutes of upload on a slow connection: the choice is cleared and the message shown.
import { useState } from "react";
import type { ControlProps } from "../form-group";

/** The kinds of file the service accepts (app/lib/requests/uploads.ts checks the bytes). */
const ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

export function FileInput({
  control,
  multiple,
  ...props
}: {
  control: ControlProps;
  multiple?: boolean;
  maxBytes: number;
  tooLarge: string;
  errorPrefix: string;
}) {
  const [tooLarge, setTooLarge] = useState(false);
  const errorId = `${control.id}-size-error`;
  const describedBy = control["aria-describedby"];
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
        multiple={multiple}
        id={control.id}
        name={control.name}
        accept={ACCEPT}
        aria-describedby={tooLarge ? [describedBy, errorId].filter(Boolean).join(" ") : describedBy}
        aria-invalid={tooLarge || control["aria-invalid"]}
        onChange={(event) => {
          const input = event.currentTarget;
          const large = [...(input.files ?? [])].some((file) => file.size > props.maxBytes);
          if (large) input.value = "";
          setTooLarge(large);
          const group = input.closest(".form-group");
          // The server's own error, when the page shows one, keeps the group marked.
          group?.classList.toggle("form-group--error", large || !!group.querySelector(`#${control.id}-error`));
        }}
      />
    </>
  );
}
