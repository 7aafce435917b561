import { CliError } from "./cli-error";

export async function runCompare(args: string[]): Promise<number> {
  throw new CliError(`compare is not available yet (${args.length} args)`);
}
