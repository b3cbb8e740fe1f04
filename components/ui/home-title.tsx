import type { ReactNode } from "react";

/** Every home's <h1>; the stable test id lets end-to-end tests find it in either language. */
export function HomeTitle({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="space-y-2">
      <h1 id="home-title" data-testid="home-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
        {children}
      </h1>
      {lead ? <p className="max-w-3xl text-base text-slate-700">{lead}</p> : null}
    </div>
  );
}
