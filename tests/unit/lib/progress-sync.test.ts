/**
 * Two tabs, one storage (review F8). Each tab runs its own progress sync (lib/progress/sync.ts) against a shared
 * storage; the cross-tab lock grants waiting writes in order at moments fast-check picks, and storage events
 * reach the other tab late, in any order, interleaved with new changes. Whatever the schedule, no change of
 * either tab is lost, and "Hapus progres" / starting a simulator over still work across tabs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createProgressSync, type ProgressSync } from '../../../src/lib/progress/sync';
import { decodeProgress, emptyProgress, encodeProgress, type Progress } from '../../../src/lib/progress/schema';
import * as update from '../../../src/lib/progress/update';

const tally = { runs: 0, changes: 0, lost: 0, cacheRuns: 0, cacheChanges: 0, cacheLost: 0, staleRuns: 0, staleLost: 0 };
afterAll(() => {
  console.log(
    `two-tab model: ${tally.runs} runs, ${tally.changes} changes, ${tally.lost} updates lost; ` +
      `with per-tab copies of storage: ${tally.cacheRuns} runs, ${tally.cacheChanges} changes, ${tally.cacheLost} lost; ` +
      `the old behaviour (writes built on what the tab last saw) lost updates in ${tally.staleLost} of ${tally.staleRuns} runs`,
  );
});

type Spec =
  | { kind: 'step'; lesson: string; step: number; now: number }
  | { kind: 'quiz'; lesson: string; score: number; now: number }
  | { kind: 'check'; module: string; score: number; now: number }
  | { kind: 'task'; sim: string; task: string; now: number }
  | { kind: 'resetSim'; sim: string }
  | { kind: 'reset' };

const apply =
  (s: Spec) =>
  (p: Progress): Progress => {
    switch (s.kind) {
      case 'step':
        return update.viewStep(p, s.lesson, s.step, 6, s.now);
      case 'quiz':
        return update.recordQuiz(p, s.lesson, s.score, s.now);
      case 'check':
        return update.recordCheck(p, s.module, s.score, s.now);
      case 'task':
        return update.completeSimTask(p, s.sim, s.task, s.now);
      case 'resetSim':
        return update.resetSim(p, s.sim);
      case 'reset':
        return emptyProgress();
    }
  };

const lesson = fc.constantFrom('akun/persiapan', 'akun/buat-akun', 'aman/saluran-resmi');
const now = fc.integer({ min: 1, max: 2e12 });
const monotone: fc.Arbitrary<Spec> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('step' as const), lesson, step: fc.integer({ min: 1, max: 6 }), now }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('quiz' as const), lesson, score: fc.integer({ min: 0, max: 100 }), now }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('check' as const),
      module: fc.constantFrom('akun', 'aman'),
      score: fc.integer({ min: 0, max: 100 }),
      now,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('task' as const),
      sim: fc.constantFrom('saldo', 'pendaftaran'),
      task: fc.constantFrom('a', 'b', 'c', 'd'),
      now,
    }),
  },
);
const withResets: fc.Arbitrary<Spec> = fc.oneof(
  { weight: 8, arbitrary: monotone },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('resetSim' as const), sim: fc.constantFrom('saldo', 'pendaftaran') }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
);

/** What happens next: a tab changes progress, the lock lets the next waiting write run, or a storage event arrives. */
type Step =
  | { do: 'change'; tab: 0 | 1; spec: Spec }
  | { do: 'grant' }
  | { do: 'deliver'; tab: 0 | 1; pick: number }
  | { do: 'leave'; tab: 0 | 1 };
const schedule = (spec: fc.Arbitrary<Spec>) =>
  fc.array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          do: fc.constant('change' as const),
          tab: fc.constantFrom(0 as const, 1 as const),
          spec,
        }),
      },
      { weight: 3, arbitrary: fc.constant({ do: 'grant' as const }) },
      {
        weight: 3,
        arbitrary: fc.record({
          do: fc.constant('deliver' as const),
          tab: fc.constantFrom(0 as const, 1 as const),
          pick: fc.nat(),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ do: fc.constant('leave' as const), tab: fc.constantFrom(0 as const, 1 as const) }),
      },
    ),
    { minLength: 8, maxLength: 60 },
  );

/**
 * Runs a schedule against two tabs sharing one storage.
 * - `cache`: as in Chromium, each tab reads its own copy of storage, which learns of the other tab's writes only
 *   when their storage event arrives (events arrive in order, late). Without it, reads see storage itself.
 * - `old`: plays the old store, whose writes were built on what the tab last saw and which never repaired.
 * Returns what ended in storage and the order in which the writes ran.
 */
function play(steps: Step[], { cache = false, old = false } = {}) {
  const storage = new Map<string, string>();
  let seq = 0;
  const lockQueue: { tab: number; task: () => void }[] = [];
  const inbox: { oldValue: string | null; newValue: string; seq: number }[][] = [[], []];
  const seen: { raw: string | undefined; seq: number }[] = [
    { raw: undefined, seq: 0 },
    { raw: undefined, seq: 0 },
  ];
  const order: Spec[] = [];
  const shown: Progress[] = [emptyProgress(), emptyProgress()];
  const stale = cache || old;
  const tabs: ProgressSync[] = [0, 1].map((i) =>
    createProgressSync(
      {
        read: () => ({ value: stale ? seen[i]!.raw : storage.get('bp:progress') }),
        write: (raw) => {
          const oldValue = storage.get('bp:progress') ?? null;
          storage.set('bp:progress', raw);
          seen[i] = { raw, seq: ++seq };
          inbox[1 - i]!.push({ oldValue, newValue: raw, seq });
        },
        setAside: (raw) => storage.set(`bp:progress:aside:${storage.size}`, raw),
        exclusive: (task) => lockQueue.push({ tab: i, task }),
      },
      { publish: (p) => (shown[i] = p), notice: () => {} },
    ),
  );
  const specOf = new Map<() => void, Spec>();
  const change = (tab: number, spec: Spec) => {
    const before = lockQueue.length;
    tabs[tab]!.change(apply(spec));
    // Remember which spec each queued write belongs to, to know the order writes ran in.
    specOf.set(lockQueue[before]!.task, spec);
  };
  const grant = () => {
    const next = lockQueue.shift();
    if (!next) return;
    const spec = specOf.get(next.task);
    next.task();
    if (spec) order.push(spec);
  };
  const deliver = (tab: number, pick: number) => {
    const box = inbox[tab]!;
    if (!box.length) return;
    // Storage events arrive late. With a per-tab copy they arrive in order (the copy follows them, never going
    // back); without one, in any order (the tab re-reads storage itself).
    const [event] = box.splice(stale ? 0 : pick % box.length, 1);
    if (event!.seq > seen[tab]!.seq) seen[tab] = { raw: event!.newValue, seq: event!.seq };
    tabs[tab]!.refresh();
    if (!old) tabs[tab]!.otherTabWrote(event!.oldValue, event!.newValue);
  };
  for (const s of steps) {
    if (s.do === 'change') change(s.tab, s.spec);
    else if (s.do === 'grant') grant();
    else if (s.do === 'deliver') deliver(s.tab, s.pick);
    else {
      // The page goes away: its waiting writes are made at once (pagehide), the queued lock tasks then do nothing.
      const waiting = lockQueue.filter((q) => q.tab === s.tab);
      tabs[s.tab]!.flush();
      order.push(...waiting.map((q) => specOf.get(q.task)!));
      for (const q of waiting) lockQueue.splice(lockQueue.indexOf(q), 1);
    }
  }
  // Let everything settle: writes waiting for the lock (repairs too) and events still on their way.
  while (lockQueue.length || inbox[0]!.length || inbox[1]!.length) {
    while (lockQueue.length) grant();
    for (const tab of [0, 1]) while (inbox[tab]!.length) deliver(tab, 0);
  }
  const raw = storage.get('bp:progress');
  const decoded = decodeProgress(raw);
  if (!decoded.ok) throw new Error(`stored progress unreadable: ${raw}`);
  return { stored: decoded.progress, order, shown, tabs };
}

/** How many of `changes` are missing from `p` (monotone changes only); a change applied twice counts 1000. */
function lostUpdates(changes: Spec[], p: Progress): number {
  let lost = 0;
  const quizzes = new Map<string, number[]>();
  const checks = new Map<string, number[]>();
  for (const c of changes) {
    if (c.kind === 'step' && (p.lessons[c.lesson]?.furthestStep ?? 0) < c.step) lost++;
    if (c.kind === 'task' && !p.sims[c.sim]?.tasks.includes(c.task)) lost++;
    if (c.kind === 'quiz') quizzes.set(c.lesson, [...(quizzes.get(c.lesson) ?? []), c.score]);
    if (c.kind === 'check') checks.set(c.module, [...(checks.get(c.module) ?? []), c.score]);
  }
  // Every finished quiz counts one attempt: fewer attempts stored than quizzes finished means updates were lost.
  for (const [id, scores] of quizzes) {
    const l = p.lessons[id];
    lost += Math.max(0, scores.length - (l?.quizAttempts ?? 0));
    // A change applied twice (a repair gone wrong) shows as more attempts than quizzes finished.
    if ((l?.quizAttempts ?? 0) > scores.length) lost += 1000;
    if ((l?.quizBest ?? -1) < Math.max(...scores)) lost++;
  }
  for (const [id, scores] of checks) {
    const c = p.checks[id];
    lost += Math.max(0, scores.length - (c?.attempts ?? 0));
    if ((c?.attempts ?? 0) > scores.length) lost += 1000;
    if ((c?.best ?? -1) < Math.max(...scores)) lost++;
  }
  return lost;
}

describe('two tabs sharing one storage', () => {
  it('lose no update, whatever the timing of locks and storage events (property)', () => {
    fc.assert(
      fc.property(schedule(monotone), (steps) => {
        tally.runs++;
        const changes = steps.flatMap((s) => (s.do === 'change' ? [s.spec] : []));
        tally.changes += changes.length;
        const { stored, shown } = play(steps);
        const lost = lostUpdates(changes, stored);
        tally.lost += lost;
        expect(lost).toBe(0);
        // Once every event has arrived, both tabs show what is stored.
        expect(shown[0]).toEqual(stored);
        expect(shown[1]).toEqual(stored);
      }),
      { numRuns: 3_000 },
    );
  });

  it('end with exactly the changes applied one after another in the order the lock ran them, resets included (property)', () => {
    fc.assert(
      fc.property(schedule(withResets), (steps) => {
        tally.runs++;
        tally.changes += steps.filter((s) => s.do === 'change').length;
        const { stored, order, shown } = play(steps);
        expect(order).toHaveLength(steps.filter((s) => s.do === 'change').length);
        const expected = order.reduce((p, spec) => apply(spec)(p), emptyProgress());
        expect(stored).toEqual(expected);
        expect(shown[0]).toEqual(stored);
        expect(shown[1]).toEqual(stored);
      }),
      { numRuns: 2_000 },
    );
  });

  it('lose no update when each tab reads its own late copy of storage, as in Chromium (property)', () => {
    fc.assert(
      fc.property(schedule(monotone), (steps) => {
        tally.cacheRuns++;
        const changes = steps.flatMap((s) => (s.do === 'change' ? [s.spec] : []));
        tally.cacheChanges += changes.length;
        const { stored, shown } = play(steps, { cache: true });
        const lost = lostUpdates(changes, stored);
        tally.cacheLost += lost;
        expect(lost).toBe(0);
        expect(shown[0]).toEqual(stored);
        expect(shown[1]).toEqual(stored);
      }),
      { numRuns: 5_000 },
    );
  }, 120_000);

  it('the model catches the old bug: writes built on what the tab last saw, never repaired, lose updates', () => {
    // Proof the properties above can fail: the same schedules against the old behaviour lose updates.
    const result = fc.check(
      fc.property(schedule(monotone), (steps) => {
        tally.staleRuns++;
        const changes = steps.flatMap((s) => (s.do === 'change' ? [s.spec] : []));
        const lost = lostUpdates(changes, play(steps, { old: true }).stored);
        if (lost) tally.staleLost++;
        return lost === 0;
      }),
      { numRuns: 500 },
    );
    expect(result.failed).toBe(true);
  });

  it('after one change and its event, both tabs show it', () => {
    const { shown } = play([
      { do: 'change', tab: 0, spec: { kind: 'step', lesson: 'akun/persiapan', step: 3, now: 1 } },
    ]);
    expect(shown[0]!.lessons['akun/persiapan']!.furthestStep).toBe(3);
    expect(encodeProgress(shown[1]!)).toBe(encodeProgress(shown[0]!));
  });
});
