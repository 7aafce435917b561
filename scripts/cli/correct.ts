import { CliError } from "./cli-error";

const USAGE = `usage:
  npx duizhao correct <slug> [--json]                                      list the report's hand corrections
  npx duizhao correct <slug> <s-12> --kind goal|achievement|problem|other [--note TEXT]
  npx duizhao correct <slug> <s-12> --figure <number as written> [--metric KEY|LABEL] [--value N] [--unit U]
                      [--qualifiers 以上,确保 | -] [--note TEXT]
  npx duizhao correct <left> <right> --unpair <i-id> | --pair <i-id> --with <i-id> [--left K] [--right K] [--note TEXT]
  npx duizhao correct <slug> --undo <key>`;

const FLAGS = ["--kind", "--note", "--figure", "--metric", "--value", "--unit", "--qualifiers", "--unpair", "--pair", "--with", "--left", "--right", "--undo"];

function parse(args: string[]) {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (FLAGS.includes(args[i])) {
      if (args[i + 1] === undefined) throw new CliError(`${args[i]} needs a value\n${USAGE}`);
      flags[args[i].slice(2)] = args[++i];
    } else if (args[i] === "--json") flags.json = "1";
    else if (args[i].startsWith("--")) throw new CliError(`unknown option ${args[i]}\n${USAGE}`);
    else positional.push(args[i]);
  }
  return { flags, positional };
}

/** npx duizhao correct: hand corrections of sentence kinds, figures and pairings (stored beside the report). */
export async function runCorrect(args: string[]): Promise<number> {
  const { flags, positional } = parse(args);
  const data = await import("@/lib/data/label-corrections");
  const { getReport } = await import("@/lib/data/reports");
  const [slug, second] = positional;
  if (!slug) throw new CliError(USAGE);
  // An undo says so: the same words as the web's 撤销 button (已撤销 / undone), not those of a correction.
  const done = (result: { ok: true; key: string } | { ok: false; error: string }, undo = false) => {
    if (!result.ok) throw new CliError(undo ? `无法撤销 / cannot undo: ${result.error}` : `改正无效 / invalid correction: ${result.error}`);
    console.log(undo ? `已撤销改正 / correction undone: ${result.key}` : `已改正 / corrected: ${result.key}`);
    return 0;
  };
  if (flags.unpair || flags.pair) {
    if (!second) throw new CliError(`--pair and --unpair need both reports\n${USAGE}`);
    const kinds = (k: string | undefined) => (k === "goal" || k === "achievement" ? k : "all") as "goal" | "achievement" | "all";
    return done(await data.correctPairing({
      left: slug, right: second, l: kinds(flags.left), r: kinds(flags.right), action: flags.unpair ? "unpair" : "pair",
      pair: flags.unpair ?? flags.pair, with: flags.with, note: flags.note,
    }));
  }
  if (flags.undo) return done(await data.removeLabelCorrection({ slug, key: flags.undo }), true);
  if (!second) {
    const outcomes = await data.listLabelCorrections({ slug });
    if (flags.json) process.stdout.write(`${JSON.stringify(outcomes.map(({ key, state, sentenceId, correction }) => ({ key, state, sentenceId, correction })), null, 2)}\n`);
    else if (outcomes.length === 0) console.log(`${slug}: 没有人工改正 / no hand corrections`);
    else for (const o of outcomes) console.log(`${o.state.padEnd(7)} ${o.sentenceId ?? "—"}  ${o.key}`);
    return 0;
  }
  const report = await getReport({ slug });
  if (!report) throw new CliError(`no report "${slug}"`);
  const sentence = report.sentences.find((s) => `s-${s.index}` === second);
  if (!sentence) throw new CliError(`no sentence ${second} in ${slug}`);
  const { sentenceRef } = await import("@/lib/corrections/fingerprint");
  const { indicatorCorrectionFrom, sentenceCorrectionFrom } = await import("@/lib/corrections/form");
  const ref = sentenceRef(sentence);
  if (flags.kind) return done(await data.correctLabel({ slug, correction: sentenceCorrectionFrom({ sentence: ref.id, hash: ref.hash, label: flags.kind, note: flags.note }) }));
  if (flags.figure) {
    const figure = sentence.indicators.find((i) => i.text === flags.figure || i.correction?.auto.text === flags.figure);
    if (!figure) throw new CliError(`no figure "${flags.figure}" in ${second} (figures: ${sentence.indicators.map((i) => i.text).join(", ") || "none"})`);
    const target = { sentence: ref.id, hash: ref.hash, ref_metric: figure.correction?.auto.metric ?? figure.metric, ref_text: figure.correction?.auto.text ?? figure.text };
    return done(await data.correctLabel({ slug, correction: indicatorCorrectionFrom({ ...target, metric: flags.metric, value: flags.value, unit: flags.unit, qualifiers: flags.qualifiers, note: flags.note }) }));
  }
  throw new CliError(`say what to correct: --kind or --figure\n${USAGE}`);
}
