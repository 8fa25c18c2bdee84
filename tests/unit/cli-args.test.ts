import { describe, expect, it } from 'vitest';
import { parseCommandLine, stringOption, UsageError, wantsHelp } from '../../electron/core/cli-args';

const spec = { out: { type: 'string', short: 'o' }, force: { type: 'boolean' } } as const;

describe('the shared argument grammar (node:util parseArgs)', () => {
  it('reads long, short and = forms, positionals and --help', () => {
    const line = parseCommandLine(['dir', '-o', 'x.zip', '--force'], spec);
    expect(line.positionals).toEqual(['dir']);
    expect(stringOption(line, 'out')).toBe('x.zip');
    expect(line.values.force).toBe(true);
    expect(stringOption(parseCommandLine(['--out=y'], spec), 'out')).toBe('y');
    expect(wantsHelp(parseCommandLine(['-h'], spec))).toBe(true);
  });

  it('refuses unknown options, missing and ambiguous values with one UsageError', () => {
    expect(() => parseCommandLine(['--outt', 'x'], spec)).toThrow(UsageError);
    expect(() => parseCommandLine(['--outt', 'x'], spec)).toThrow(/^Unknown option '--outt'$/);
    expect(() => parseCommandLine(['--out'], spec)).toThrow(/argument missing/);
    expect(() => parseCommandLine(['--out', '--force'], spec)).toThrow(/ambiguous/);
    expect(() => parseCommandLine(['stray'], spec, { positionals: false })).toThrow(UsageError);
    expect(() => stringOption(parseCommandLine([], spec), 'out', true)).toThrow(/--out is required/);
  });

  it('non-strict (the Electron binary only) keeps unknown switches instead of refusing them', () => {
    const line = parseCommandLine(['app', '--no-sandbox', '--out', 'x'], spec, { strict: false });
    expect(line.values['no-sandbox']).toBe(true);
    expect(stringOption(line, 'out')).toBe('x');
  });
});
