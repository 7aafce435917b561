"use client";

import { useRef, useState } from "react";

const ACCEPT =
  ".txt,.text,.htm,.html,.pdf,.docx,.doc,.wps,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The file picker as a drop zone: files dropped on it (from a folder window) become the input's files. */
export function FileDrop() {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [names, setNames] = useState<string[]>([]);
  const show = (files: FileList | null) => setNames(files ? Array.from(files, (f) => f.name) : []);
  return (
    <div
      data-testid="file-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!input.current || !e.dataTransfer.files.length) return;
        input.current.files = e.dataTransfer.files;
        show(e.dataTransfer.files);
      }}
      className={`mt-2 rounded border-2 border-dashed p-3 ${over ? "border-blue-600 bg-blue-50" : "border-stone-300"}`}
    >
      <p className="text-sm text-stone-600">把文件拖到这里，或点选 Drop files here, or choose them</p>
      <input
        ref={input}
        id="files"
        name="files"
        type="file"
        multiple
        accept={ACCEPT}
        onChange={(e) => show(e.currentTarget.files)}
        className="mt-2 block w-full text-sm file:mr-3 file:rounded file:border-0 file:bg-blue-50 file:px-3 file:py-1.5 file:text-blue-800 hover:file:bg-blue-100"
      />
      {names.length ? (
        <ul aria-label="已选文件" className="mt-2 list-inside list-disc text-sm text-stone-700">
          {names.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
