import { bootstrapRoi } from "../src/domain/roi/index";
import { seededRandom } from "../src/domain/shared/random";

const PARTICIPANTS = 5_000;
const RESAMPLES = 10_000;
const TARGET_MS = 1_000;

/** Times one 90 % bootstrap of ROI: 10,000 resamples over 5,000 participants (issue 6, part 8: < 1 s). */
export async function benchRoiBootstrap(): Promise<{ name: string; ms: number; target_ms: number; ok: boolean }> {
  const random = seededRandom(20_240_601);
  // Skewed like real benefit data: most participants claim little, a few claim a lot, some nothing.
  const perPersonBenefits = Array.from({ length: PARTICIPANTS }, () => {
    const u = random();
    return u < 0.2 ? 0 : Math.round(-Math.log(1 - random()) * 1_500);
  });
  const run = (resamples: number) => bootstrapRoi({ perPersonBenefits, totalCosts: 4_000_000, resamples, random: seededRandom(1) });
  run(200); // warm-up so the timing measures compiled code, as in a long-running server
  const started = performance.now();
  run(RESAMPLES);
  const ms = performance.now() - started;
  return { name: `roi bootstrap: ${RESAMPLES} resamples x ${PARTICIPANTS} participants`, ms, target_ms: TARGET_MS, ok: ms < TARGET_MS };
}
