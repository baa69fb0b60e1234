import type { ReactNode } from "react";

export type ControlProps = { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: true };

/**
 * One labelled form control, GOV.UK style: label, hint, error message, then the control,
 * wired together with aria-describedby. `children` draws the control from the props given.
 */
export function FormGroup({
  id,
  name = id,
  label,
  hint,
  error,
  errorPrefix = "Error:",
  children,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Read before the message by screen readers, in the page's language. */
  errorPrefix?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">{errorPrefix} </span>
          {error}
        </p>
      )}
      {children({ id, name, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
    </div>
  );
}
