"use client";

import { useEffect, useState } from "react";

type Props = { url: string; title: string; text: string; labels: { share: string; copyLink: string; copied: string; copyFailed: string } };

/**
 * Shares the storefront: the phone's share sheet (Web Share API) where there is one, else copies the link.
 * Server-rendered as a plain link to the storefront, which is what it stays without JavaScript.
 */
export function ShareButton({ url, title, text, labels }: Props) {
  const [mode, setMode] = useState<"link" | "share" | "copy">("link");
  const [status, setStatus] = useState("");
  useEffect(() => {
    setMode(typeof navigator.share === "function" ? "share" : "copy");
  }, []);

  const buttonClass = "inline-flex min-h-11 items-center rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white hover:bg-emerald-900";
  if (mode === "link") {
    return (
      <a href={url} data-testid="share-button" className={buttonClass}>
        {labels.share}
      </a>
    );
  }
  const onClick = async () => {
    if (mode === "share") {
      try {
        await navigator.share({ title, text, url });
        return;
      } catch (error) {
        // The person closed the sheet: nothing to say. Any other refusal falls back to copying.
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" data-testid="share-button" data-mode={mode} onClick={onClick} className={buttonClass}>
        {mode === "share" ? labels.share : labels.copyLink}
      </button>
      <span role="status" data-testid="share-status" className="text-sm text-slate-700">
        {status}
      </span>
    </span>
  );
}
