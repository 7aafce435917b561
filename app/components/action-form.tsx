"use client";

import { useActionState, type ReactNode } from "react";

type State = { ok?: boolean; error?: string };

/** A form posting to a server action (works before hydration), with its pending state and its outcome announced. */
export function ActionForm({ action, submit, done = "已保存 / saved", className = "", children }: {
  action: (previous: State, form: FormData) => Promise<State>;
  submit: string;
  done?: string;
  className?: string;
  children: ReactNode;
}) {
  const [state, run, pending] = useActionState<State, FormData>(action, {});
  return (
    <form action={run} className={className}>
      {children}
      <div className="flex flex-wrap items-center gap-2">
        <button disabled={pending} className="rounded bg-blue-700 px-3 py-1 text-white hover:bg-blue-800 disabled:opacity-60">{submit}</button>
        {state.ok ? <span role="status" className="text-emerald-800">{done}</span> : null}
        {state.error ? <span role="alert" className="text-red-700">{state.error}</span> : null}
      </div>
    </form>
  );
}
