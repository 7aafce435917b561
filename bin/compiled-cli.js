// Where the compiled CLI lives and whether it can run: it exists and none of the sources it was built from (listed
// by scripts/build-cli.mjs in dist/cli/inputs.json) changed since. Checking ~100 files takes about a millisecond.
const { readFileSync, statSync } = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const dir = path.join(root, "dist", "cli");
const entry = path.join(dir, "cli.mjs");

/** Why the compiled CLI cannot be used, or null when it can. */
function staleness() {
  let builtAt;
  try {
    builtAt = statSync(entry).mtimeMs;
  } catch {
    return "the compiled CLI (dist/cli) is missing";
  }
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(path.join(dir, "inputs.json"), "utf8"));
  } catch {
    return "the compiled CLI (dist/cli) is incomplete";
  }
  const newer = inputs.find((file) => {
    try {
      return statSync(path.join(root, file)).mtimeMs > builtAt;
    } catch {
      return true; // a source that went away
    }
  });
  return newer ? `${newer} is newer than the compiled CLI` : null;
}

module.exports = { root, dir, entry, staleness };
