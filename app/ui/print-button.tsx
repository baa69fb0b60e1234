"use client";
// "Print this page" needs JavaScript (window.print): it appears only once it can work. Without
// JavaScript the page says to use the browser's own Print or Share menu, which gives the same.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function PrintButton({ label }: { label: string }) {
  const canPrint = useSyncExternalStore(
    subscribe,
    () => typeof window.print === "function",
    () => false,
  );
  if (!canPrint) return null;
  return (
    <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
