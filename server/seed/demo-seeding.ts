/**
 * The demo loaded in the background of the first `npm start` (issue 18 §4): the server answers as soon
 * as the province's accounts exist — seconds after the start — while the items, proposals and hotline
 * orders are still being driven through their use cases. Until it is done the workbench says how far it
 * is, and writes wait (503): a change made by hand while the seeder drives the same items would break
 * the demo's histories.
 */
export type SeedingState = 'running' | 'done' | 'failed';

/** The streams the seeder reports, in its order, with their Chinese names. */
const STREAMS = [
  ['items', '代表建议'],
  ['proposals', '政协提案'],
  ['workOrders', '专线工单'],
] as const;
type Stream = (typeof STREAMS)[number][0];

export class DemoSeeding {
  state: SeedingState = 'running';
  readonly startedAt = Date.now();
  private done: Record<Stream, number> = { items: 0, proposals: 0, workOrders: 0 };

  constructor(private totals: Record<Stream, number>) {}

  /**
   * A progress callback for one stream (seedDemo's onProgress, onProposalProgress, onHotlineProgress). Each
   * item ends with a turn of the event loop: PGlite runs in this thread, and the seeder's chain of queries
   * would otherwise keep the server from reading any request until the demo is done.
   */
  progress(stream: Stream) {
    return async (done: number, total: number) => {
      this.done[stream] = done;
      this.totals[stream] = total;
      await new Promise((turn) => setImmediate(turn));
    };
  }

  get running(): boolean {
    return this.state === 'running';
  }

  /** Of everything the demo drives through its lifecycle, the share done (0–100, whole). */
  percent(): number {
    const total = STREAMS.reduce((n, [s]) => n + this.totals[s], 0);
    const done = STREAMS.reduce((n, [s]) => n + this.done[s], 0);
    if (this.state === 'done') return 100;
    return total ? Math.min(99, Math.floor((done / total) * 100)) : 0;
  }

  status() {
    return {
      state: this.state,
      percent: this.percent(),
      streams: STREAMS.map(([s, label]) => ({ label, done: this.done[s], total: this.totals[s] })),
      seconds: Math.round((Date.now() - this.startedAt) / 1000),
    };
  }
}
