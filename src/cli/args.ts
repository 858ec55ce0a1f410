/**
 * Command-line arguments from a declarative flag table: each flag says whether it takes a value
 * and whether it may be repeated; anything starting with `--` that the table does not name is
 * an error, as is a missing value or a repeated single flag. `--name value` and `--name=value`
 * both work. Checking what a value means (a scheme, a language) is the caller's job, with the
 * table's `values` list for closed choices.
 */

export interface FlagSpec {
  readonly name: string;
  /** Takes a value (`--lang en`), or is a switch (`--json`). */
  readonly value: boolean;
  readonly repeatable: boolean;
  /** The allowed values, when the choice is closed. */
  readonly values?: readonly string[];
}

export interface ParsedArgs {
  /** Values per flag given; a switch has the value ''. */
  readonly flags: ReadonlyMap<string, readonly string[]>;
  readonly positional: readonly string[];
}

export type ParseResult =
  { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly error: string };

export function parseArgs(argv: readonly string[], table: readonly FlagSpec[]): ParseResult {
  const specs = new Map(table.map((f) => [f.name, f]));
  const flags = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).slice(2);
    const spec = specs.get(name);
    if (!spec) {
      const known = table.map((f) => `--${f.name}`).join(', ');
      return { ok: false, error: `unknown option --${name} (known: ${known})` };
    }
    let value = '';
    if (spec.value) {
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) value = argv[++i]!;
      else return { ok: false, error: `--${name} needs a value` };
      if (spec.values && !spec.values.includes(value)) {
        return {
          ok: false,
          error: `--${name} ${value}: unknown value (one of ${spec.values.join(', ')})`,
        };
      }
    } else if (eq >= 0) {
      return { ok: false, error: `--${name} takes no value` };
    }
    const given = flags.get(name);
    if (given && !spec.repeatable) return { ok: false, error: `--${name} given twice` };
    if (given) given.push(value);
    else flags.set(name, [value]);
  }
  return { ok: true, args: { flags, positional } };
}

/** The one value of a single flag, or undefined when not given. */
export function flagValue(args: ParsedArgs, name: string): string | undefined {
  return args.flags.get(name)?.[0];
}
