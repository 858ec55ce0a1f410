/**
 * The CLI's arguments, from one declarative table of flags: its name, whether it takes a value,
 * whether it may be given more than once, and the values it accepts. Everything that is not a
 * flag is a path. An unknown flag, a missing or unknown value, or a flag given twice that may not
 * be is an error with a message (exit status 2), never ignored. Adding a flag is one table row.
 */

export interface FlagSpec {
  readonly name: string;
  /** Takes the next argument (or `--name=value`) as its value. */
  readonly takesValue: boolean;
  readonly repeatable?: boolean;
  /** The only values allowed, when the set is closed. */
  readonly values?: readonly string[];
  /** Checks an open value; returns a message when it is wrong. */
  readonly check?: (value: string) => string | undefined;
}

const positiveSeconds = (value: string): string | undefined =>
  /^\d+(\.\d+)?$/.test(value) && Number(value) > 0 ? undefined : 'a number of seconds above 0';

export const FLAGS: readonly FlagSpec[] = [
  { name: '--json', takesValue: false },
  { name: '--lang', takesValue: true, values: ['nb', 'en'] },
  { name: '--file-timeout', takesValue: true, check: positiveSeconds },
];

export interface ParsedArgs {
  readonly paths: readonly string[];
  /** Values by flag name; a flag without a value holds ['']. */
  readonly flags: ReadonlyMap<string, readonly string[]>;
}

export type ArgsResult =
  ({ readonly ok: true } & ParsedArgs) | { readonly ok: false; readonly message: string };

export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[] = FLAGS): ArgsResult {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const flags = new Map<string, string[]>();
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // "--" ends the flags: what follows are paths, even if they start with "-".
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = byName.get(name);
    if (!spec) return { ok: false, message: `unknown option ${name}` };
    let value = '';
    if (spec.takesValue) {
      if (eq > 0) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i]!;
      else return { ok: false, message: `${name} needs a value` };
      if (spec.values && !spec.values.includes(value))
        return {
          ok: false,
          message: `${name}: unknown value "${value}" (one of ${spec.values.join(', ')})`,
        };
      const wrong = spec.check?.(value);
      if (wrong !== undefined) return { ok: false, message: `${name}: "${value}" is not ${wrong}` };
    } else if (eq > 0) return { ok: false, message: `${name} takes no value` };
    const list = flags.get(name);
    if (list && !spec.repeatable) return { ok: false, message: `${name} given more than once` };
    if (list) list.push(value);
    else flags.set(name, [value]);
  }
  return { ok: true, paths, flags };
}

/** The single value of a flag, or `fallback` when it was not given. */
export function flagValue(args: ParsedArgs, name: string, fallback: string): string {
  return args.flags.get(name)?.[0] ?? fallback;
}
