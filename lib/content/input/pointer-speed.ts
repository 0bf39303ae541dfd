/**
 * Whether the pointer is sweeping across the page rather than resting: looking up text under a
 * fast pointer wastes work and flashes cards (10ten ignores moves at ≥ 0.5 px/ms).
 */

/** px/ms; 10ten-ja-reader's threshold, averaged over the last two moves. */
export const FAST_POINTER_PX_PER_MS = 0.5;

export interface PointerSample {
  x: number;
  y: number;
  /** ms (event.timeStamp). */
  t: number;
}

export class PointerSpeed {
  private samples: PointerSample[] = [];

  /** Records a move and says whether the pointer is moving fast. */
  isFast(sample: PointerSample): boolean {
    this.samples.push(sample);
    if (this.samples.length > 3) this.samples.shift();
    const first = this.samples[0];
    if (!first || this.samples.length < 3) return false;
    const dt = sample.t - first.t;
    if (dt <= 0) return false;
    return Math.hypot(sample.x - first.x, sample.y - first.y) / dt >= FAST_POINTER_PX_PER_MS;
  }

  reset(): void {
    this.samples = [];
  }
}
