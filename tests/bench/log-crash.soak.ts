/**
 * Crash soak: `npm run soak:log [-- ROUNDS]` (default 200). Each round a child
 * logs ≥ 1,000 events/s through the real visit log and is SIGKILLed at a
 * random moment; the database must then hold every acknowledged event, no
 * partial batch, and pass integrity_check. Exits 1 on the first problem.
 */
import { crashRound, prepareChild } from '../fixtures/visit-log/crash-driver';
import { tempDir } from '../fixtures/visit-log/temp';

const rounds = Number(process.argv[2] ?? 200);
const main = async () => {
  const tmp = tempDir('visit-soak-');
  const child = prepareChild();
  let events = 0;
  let batches = 0;
  const started = performance.now();
  try {
    for (let round = 1; round <= rounds; round++) {
      const r = await crashRound(child, tmp.dir, round, 800);
      events += r.stored;
      batches += r.batches;
      if (r.problems.length > 0) {
        console.error(`round ${round}: FAIL\n  ${r.problems.join('\n  ')}`);
        process.exitCode = 1;
        return;
      }
      if (round % 10 === 0 || round === rounds) {
        console.log(`round ${round}/${rounds}: ok (acknowledged up to seq ${r.acked}, stored ${r.stored}, start-up ${Math.round(r.startupMs)} ms)`);
      }
    }
    const s = (performance.now() - started) / 1000;
    console.log(`PASS ${rounds} SIGKILL rounds in ${s.toFixed(0)} s: ${events} events in ${batches} acknowledged batches, none lost, no partial batch, integrity ok`);
  } finally {
    tmp.cleanup();
  }
};
void main();
