"use client";

import { useActionState, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { inputClass } from "./form-parts";

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = "image/png,image/jpeg,image/webp,application/pdf";
const ACCEPTED = ACCEPT.split(",");

export type EvidenceLabels = {
  file: string; fileHint: string; submit: string; uploading: string; uploadingPlain: string; uploaded: string;
  tooLarge: string; wrongType: string; noFile: string; failed: string;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  eventId: string;
  itemId: string;
  labels: EvidenceLabels;
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");

/**
 * A receipt or photo for one item. Without JavaScript the form posts to the server action. With it, the
 * file is checked here first (size, declared type) and sent to the evidence API with XMLHttpRequest, so a slow
 * connection sees a progress bar; the server checks the real type from the bytes either way.
 */
export function EvidenceUpload({ action, eventId, itemId, labels }: Props) {
  const [state, formAction, isPending] = useActionState(action, {} as FormState);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const id = `evidence-${itemId}`;
  const error = message && !message.ok ? message.text : state.fields?.file ?? (state.ok === false ? state.message : undefined);
  const busy = isPending || progress !== null;

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setMessage({ ok: false, text: labels.noFile });
    if (file.size > MAX_BYTES) return setMessage({ ok: false, text: fill(labels.tooLarge, { name: file.name, size: megabytes(file.size) }) });
    if (file.type && !ACCEPTED.includes(file.type)) return setMessage({ ok: false, text: fill(labels.wrongType, { name: file.name }) });
    const body = new FormData();
    body.set("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/v1/events/${eventId}/items/${itemId}/evidence`);
    xhr.upload.onprogress = (p) => p.lengthComputable && setProgress(Math.round((p.loaded / p.total) * 100));
    xhr.onload = () => {
      setProgress(null);
      if (xhr.status >= 200 && xhr.status < 300) {
        setMessage({ ok: true, text: labels.uploaded });
        if (input.current) input.current.value = "";
        router.refresh();
        return;
      }
      let text = labels.failed;
      try {
        text = (JSON.parse(xhr.responseText) as { error?: { message?: string } }).error?.message ?? text;
      } catch {}
      setMessage({ ok: false, text });
    };
    xhr.onerror = () => {
      setProgress(null);
      setMessage({ ok: false, text: labels.failed });
    };
    setMessage(null);
    setProgress(0);
    xhr.send(body);
  };

  return (
    <form action={formAction} onSubmit={onSubmit} encType="multipart/form-data" aria-busy={busy} data-testid="evidence-form" data-item-id={itemId} className="space-y-2">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="itemId" value={itemId} />
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-semibold text-slate-800">{labels.file}</label>
        <p id={`${id}-hint`} className="text-sm text-slate-600">{labels.fileHint}</p>
        <input
          ref={input}
          id={id}
          name="file"
          type="file"
          accept={ACCEPT}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          data-testid="evidence-file"
          className={`${inputClass} text-sm`}
          onChange={() => setMessage(null)}
        />
        {error ? <p id={`${id}-error`} role="alert" data-testid="evidence-error" className="text-sm font-medium text-red-800">{error}</p> : null}
        {message?.ok ? <p role="status" data-testid="evidence-done" className="text-sm text-emerald-900">{message.text}</p> : null}
      </div>
      {progress !== null ? (
        <div className="space-y-1" data-testid="evidence-progress">
          <progress max={100} value={progress} aria-label={fill(labels.uploading, { percent: String(progress) })} className="h-2 w-full" />
          <p role="status" className="text-sm text-slate-700">{fill(labels.uploading, { percent: String(progress) })}</p>
        </div>
      ) : null}
      <button type="submit" disabled={busy} data-testid="evidence-submit" className="min-h-11 w-full rounded-md border border-emerald-800 bg-white px-4 py-2 text-base font-semibold text-emerald-900 hover:bg-emerald-50 disabled:opacity-60 sm:w-auto">
        {busy ? labels.uploadingPlain : labels.submit}
      </button>
    </form>
  );
}
