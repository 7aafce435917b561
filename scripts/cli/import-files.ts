// The files an import names: each file as given, and every importable file inside a folder, walked recursively.
import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";

/** What a folder import reads: text, HTML, PDF and Word (old .doc/.wps too, so that they fail with their reason). */
export const IMPORTABLE = /\.(txt|text|md|csv|html?|shtml|xhtml|pdf|docx|doc|wps)$/i;

export interface ImportFile {
  /** The path to read. */
  file: string;
  /** What the progress and the summary show: the path below the folder, or the file as given. */
  label: string;
}

export interface ImportFileList {
  files: ImportFile[];
  /** Folder entries that are not text, HTML, PDF or Word (images, spreadsheets, hidden files), by label. */
  skipped: string[];
  /** Folders that hold nothing importable (reported as failures, so that a typo in a path is seen). */
  emptyFolders: string[];
}

/** Files as given stay in their order; a folder's files come sorted by path, so a run is repeatable. */
export function listImportFiles(args: string[]): ImportFileList {
  const list: ImportFileList = { files: [], skipped: [], emptyFolders: [] };
  for (const arg of args) {
    if (!isFolder(arg)) {
      list.files.push({ file: arg, label: path.basename(arg) });
      continue;
    }
    const before = list.files.length;
    walk(arg, arg, list);
    if (list.files.length === before) list.emptyFolders.push(arg);
  }
  return list;
}

function isFolder(file: string): boolean {
  try {
    return lstatSync(file).isDirectory();
  } catch {
    return false;
  }
}

function walk(root: string, folder: string, list: ImportFileList): void {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    const label = path.relative(root, file);
    if (entry.name.startsWith(".")) continue; // .DS_Store, .git and the like
    // Symbolic links are not followed: a link back up the tree would never end.
    if (entry.isDirectory()) walk(root, file, list);
    else if (entry.isFile() && IMPORTABLE.test(entry.name)) list.files.push({ file, label });
    else list.skipped.push(label);
  }
}
