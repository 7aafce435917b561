// Recall and precision with the misses that explain them.
export interface Miss {
  report: string;
  snippet: string;
  expected: string;
  got: string;
}

export class Tally {
  labelled = 0;
  right = 0;
  asserted = 0;
  assertedRight = 0;
  misses: Miss[] = [];

  get recall(): number {
    return this.labelled ? this.right / this.labelled : 1;
  }
  get precision(): number {
    return this.asserted ? this.assertedRight / this.asserted : 1;
  }
  add(other: Tally): void {
    this.labelled += other.labelled;
    this.right += other.right;
    this.asserted += other.asserted;
    this.assertedRight += other.assertedRight;
    this.misses.push(...other.misses);
  }
}

export const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
