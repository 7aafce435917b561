import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { CliError } from "./cli-error";

export type ReadFailure = { code: "not-found" | "not-a-file" | "too-large"; message: string };

/**
 * The bytes of a regular file, at most `maxBytes`. Devices (/dev/zero reports a size of 0 and never ends), FIFOs
 * (a read waits for a writer) and folders are refused from the open descriptor itself, so nothing can be swapped in
 * between the check and the read; the non-blocking open keeps a FIFO from hanging the open.
 */
export function readRegularFile(file: string, maxBytes: number): Uint8Array | ReadFailure {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { code: "not-found", message: "文件不存在 / file not found" };
    throw new CliError(`${file}: ${(error as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const kind = stat.isDirectory() ? "a folder" : stat.isFIFO() ? "a FIFO (named pipe)" : stat.isSocket() ? "a socket" : "a device";
      return { code: "not-a-file", message: `不是普通文件 / not a regular file: ${kind}` };
    }
    if (stat.size > maxBytes) return { code: "too-large", message: `文件超过 ${maxBytes / 1024 / 1024} MB / larger than the limit` };
    // Read to the end, but never past the limit: the file may grow while it is read.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > maxBytes) return { code: "too-large", message: `文件超过 ${maxBytes / 1024 / 1024} MB / larger than the limit` };
    return new Uint8Array(buffer.subarray(0, length));
  } finally {
    closeSync(fd);
  }
}

export function isReadFailure(value: Uint8Array | ReadFailure): value is ReadFailure {
  return !(value instanceof Uint8Array);
}
