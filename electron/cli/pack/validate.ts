import { EXIT, onePath, type Args } from './args';
import { checkContent } from './content-checks';
import type { CliContext } from './context';
import { runPipeline } from './verify-pipeline';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

/**
 * `kiosk-pack validate DIR|ZIP`: the pre-flight report. Runs the kiosk's install
 * checks, then the content checks (captions, audio, images), and prints every problem.
 */
export const validateCommand = async (args: Args, ctx: CliContext): Promise<number> => {
  const location = onePath(args, 'pack folder or .zip');
  ctx.out(`Checking ${location}`);
  const result = await runPipeline(location, ctx.limits, ctx.paths.appVersion, null);
  try {
    for (const line of result.passed) ctx.out(`  ✓ ${line}`);
    const problems = [...result.problems];
    const warnings: string[] = [];
    const m = result.manifest;
    if (m && result.copy) {
      const bytes = m.files.reduce((sum, f) => sum + f.size, 0);
      ctx.out(
        `  pack ${m.id} ${m.version}, languages ${m.languages.join(', ')}, ${m.files.length} files, ${kb(bytes)}`,
      );
      const content = await checkContent(result.copy, m);
      for (const chapter of content.chapters) {
        const mark = chapter.problems.length === 0 ? '✓' : '✗';
        ctx.out(`  ${mark} chapter ${chapter.id}: texts in ${m.languages.join(' + ')}; ${chapter.lines.join('; ')}`);
        problems.push(...chapter.problems.map((p) => `chapter ${chapter.id}: ${p}`));
        warnings.push(...chapter.warnings.map((w) => `chapter ${chapter.id}: ${w}`));
      }
      for (const note of content.notes) ctx.out(`  ! ${note}`);
    }
    // Warnings do not refuse the pack: the kiosk shows it, only not quite as drawn.
    for (const warning of warnings) ctx.out(`  ! warning: ${warning}`);
    if (problems.length === 0) {
      const note = warnings.length > 0 ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'} above)` : '';
      ctx.out(`RESULT: OK, the pack is ready to build / install${note}.`);
      return EXIT.ok;
    }
    ctx.out(`RESULT: ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:`);
    for (const problem of problems) ctx.out(`  ✗ ${problem}`);
    return EXIT.refused;
  } finally {
    result.cleanup();
  }
};
