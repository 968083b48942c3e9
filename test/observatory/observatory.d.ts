// The parts of Mozilla's HTTP Observatory the grading script uses; the package ships no types.
declare module '@mdn/mdn-http-observatory/src/retriever/retriever.js' {
  export interface Retrieval {
    responses: { auto: { status: number } | null };
  }
  export function retrieve(hostname: string, options: { httpPort?: number; httpsPort?: number }): Promise<Retrieval>;
}

declare module '@mdn/mdn-http-observatory/src/constants.js' {
  import type { Retrieval } from '@mdn/mdn-http-observatory/src/retriever/retriever.js';
  export interface TestOutput {
    pass: boolean | null;
    result: string | null;
    constructor: { name: string };
  }
  export const ALL_TESTS: readonly ((retrieval: Retrieval) => TestOutput)[];
}

declare module '@mdn/mdn-http-observatory/src/grader/grader.js' {
  export function getGradeForScore(score: number): { score: number; grade: string };
  export function getScoreModifier(expectation: string): number;
}

declare module '@mdn/mdn-http-observatory/src/grader/charts.js' {
  export const MINIMUM_SCORE_FOR_EXTRA_CREDIT: number;
}
