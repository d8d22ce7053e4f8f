import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Files known to take longest, started first so that with two workers they do not run alone at the end.
 * Vitest's own order (longest first by the last run's timings, else largest file first) breaks ties; on a
 * fresh clone (CI) it has no timings, and the fuzz test is a small file that runs for minutes.
 */
const LONG_FILES = [/\/fuzz\.int\.test\.ts$/, /\/tenancy\.int\.test\.ts$/];

/** Vitest sequencer: the known long files first, then Vitest's order. */
export class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = LONG_FILES.findIndex((pattern) => pattern.test(file.moduleId));
      return index === -1 ? LONG_FILES.length : index;
    };
    return sorted.map((file, order) => ({ file, order })).sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order).map(({ file }) => file);
  }
}
