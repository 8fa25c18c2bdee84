import { KioskFailure } from '../../shared/result';

/**
 * One reason a pack is refused. `where` names the file (pack-relative path,
 * `manifest.json`, or the archive itself); `field` the manifest field when there is one.
 */
export type PackProblem = Readonly<{ where: string; message: string; field?: string }>;

/** Renders a problem the way staff read it: "narration/en/a.vtt: SHA-256 mismatch". */
export const describeProblem = (p: PackProblem): string =>
  p.field ? `${p.where} (${p.field}): ${p.message}` : `${p.where}: ${p.message}`;

const SHOWN = 3;

/**
 * The error an install throws when a pack is refused: a KioskFailure (so the
 * dispatcher answers `invalid-input` naming the first field or file) carrying every problem.
 */
export class PackRefusal extends KioskFailure {
  readonly problems: readonly PackProblem[];

  constructor(problems: readonly PackProblem[]) {
    const first = problems[0] ?? { where: 'pack', message: 'refused' };
    const shown = problems.slice(0, SHOWN).map(describeProblem).join('; ');
    const more = problems.length > SHOWN ? ` (and ${problems.length - SHOWN} more problems)` : '';
    super('invalid-input', `pack refused: ${shown}${more}`, first.field ?? first.where);
    this.name = 'PackRefusal';
    this.problems = problems;
  }
}

/** Throws a PackRefusal when `problems` is not empty. */
export const refuseIfAny = (problems: readonly PackProblem[]): void => {
  if (problems.length > 0) throw new PackRefusal(problems);
};

/** Throws a PackRefusal with one problem. */
export const refuse = (where: string, message: string, field?: string): never => {
  throw new PackRefusal([field === undefined ? { where, message } : { where, message, field }]);
};
