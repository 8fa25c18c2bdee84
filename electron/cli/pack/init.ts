import fs from 'node:fs';
import path from 'node:path';
import { EXIT, onePath, option, type Args } from './args';
import type { CliContext } from './context';

/** `kiosk-pack init DIR [--from PACK_DIR]`: starts a new pack as a copy of the default pack. */
export const initCommand = (args: Args, ctx: CliContext): number => {
  const dir = path.resolve(onePath(args, 'folder for the new pack'));
  const from = path.resolve(option(args, 'from', false) ?? ctx.paths.defaultPackDir);
  if (!fs.existsSync(path.join(from, 'manifest.json'))) {
    ctx.err(`${from}: no manifest.json there (is the default pack built? run "npm run pack:default")`);
    return EXIT.failure;
  }
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    ctx.err(`${dir}: exists and is not empty; choose a new folder`);
    return EXIT.refused;
  }
  fs.cpSync(from, dir, { recursive: true, filter: (src) => path.basename(src) !== 'manifest.sig' });
  ctx.out(`Created ${dir} from ${from}.`);
  ctx.out('Next: edit manifest.json (raise "version"), replace media, then:');
  ctx.out(`  kiosk-pack validate ${dir}`);
  ctx.out(`  kiosk-pack build ${dir} -o pack.zip [--key pack-signing.key]`);
  return EXIT.ok;
};
