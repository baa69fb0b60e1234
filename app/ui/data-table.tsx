import type { ReactNode } from "react";

/**
 * A table of rows (the staff workspace's lists): scrolls sideways on a phone inside a
 * labelled, focusable region so keyboard users can scroll it too; a sentence when empty.
 */
export function DataTable({
  label,
  columns,
  empty,
  rows,
}: {
  label: string;
  columns: string[];
  empty: string;
  rows: ReactNode[];
}) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}
