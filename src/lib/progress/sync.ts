/**
 * How one tab keeps progress in step with storage that other tabs write too. No DOM here: storage, the
 * cross-tab lock and the UI are passed in, so the same code runs in the browser (stores/progress.ts) and in a
 * test that plays two tabs against one storage.
 *
 * The rules:
 * - Every change is a read-modify-write of the stored record, run alone across tabs (`exclusive`), so two tabs
 *   writing at the same moment both keep their change. The UI sees the change at once (it is applied on top of
 *   the last stored value until it is written).
 * - Reading never changes storage. Only a write does, and before a write replaces a record, whatever in it could
 *   not be read is copied aside (`setAside`); nothing is ever deleted.
 * - A record of a newer version is never written over: the tab becomes read-only, keeps its own changes in
 *   memory and says so (`notice('newer')`), so the learner reloads into the newer build.
 * - The lock is not quite enough in Chromium: each tab reads localStorage from its own copy, which learns of
 *   another tab's write a moment later, by another route than the lock. So a write can still be built on a value
 *   one write old (about 1 round in 12 at a 0 ms gap). Each record therefore names its write and the write it
 *   was built on (`writeId`, `basedOn`: extra top-level fields that readers ignore), and a tab that sees its own
 *   write replaced by one not built on it applies its lost changes again (`otherTabWrote`).
 */
import { decodeProgress, emptyProgress, encodeProgress, type Progress } from './schema';

/** One change to progress. Must be pure: it may be applied more than once (to show it before it is stored). */
export type ProgressChange = (p: Progress) => Progress;

export interface ProgressIO {
  /** The stored text (`value` undefined when nothing is stored), or null when storage could not be read. */
  read(): { value: string | undefined } | null;
  /** Stores the record (a storage that refuses keeps it in memory for the visit; never throws). */
  write(raw: string): void;
  /** Keeps `raw` under a new key. Never removes anything. */
  setAside(raw: string): void;
  /** Runs `task` alone across tabs, now or soon, in the order of calls. */
  exclusive(task: () => void): void;
}

export interface ProgressEvents {
  /** The progress this tab shows changed. */
  publish(p: Progress): void;
  /** 'reset': unreadable parts were kept aside. 'newer': a newer version's record is stored; this tab is read-only. */
  notice(kind: 'reset' | 'newer'): void;
}

export interface ProgressSync {
  /** What this tab shows: the stored progress with this tab's changes not yet written applied on top. */
  view(): Progress;
  /** Applies `fn` now in this tab and queues its read-modify-write of storage. */
  change(fn: ProgressChange): void;
  /** Storage changed (another tab wrote): read it again. No side effects on storage. */
  refresh(): void;
  /**
   * Another tab replaced `oldValue` with `newValue` (a storage event). When `oldValue` was this tab's write and
   * `newValue` was not built on it, this tab's changes since the write it was built on are applied again.
   */
  otherTabWrote(oldValue: string | null, newValue: string | null): void;
  /** Writes every queued change now, without waiting for the lock (the page is going away). */
  flush(): void;
  /** Once at start: keeps aside what the stored record holds that can't be read, and stores the good parts. */
  repair(): void;
  /** True once a newer version's record was seen: nothing is written from then on. */
  readOnly(): boolean;
}

interface Pending {
  fn: ProgressChange;
  done: boolean;
  /** Written even when it changes nothing: a change applied again must get a write id of its own (see `otherTabWrote`). */
  force: boolean;
}

/** The ids a stored record carries, read without decoding it all (null when it has none). */
function writeIds(raw: string | null | undefined): { writeId: string | null; basedOn: string | null } {
  if (!raw) return { writeId: null, basedOn: null };
  const id = (name: string) => new RegExp(`"${name}":"([A-Za-z0-9.-]{1,40})"`).exec(raw.slice(-120))?.[1] ?? null;
  return { writeId: id('writeId'), basedOn: id('basedOn') };
}

/** How many of this tab's last writes are remembered, to apply again if another tab's stale write replaced them. */
const JOURNAL = 50;

/**
 * The sync for one tab. Reads storage once at once (without writing) so `view()` is ready.
 * @example const sync = createProgressSync(io, { publish: (p) => store.set(p), notice: (n) => notice.set(n) });
 */
export function createProgressSync(io: ProgressIO, on: ProgressEvents): ProgressSync {
  /** The last stored progress read (in read-only mode: this tab's own progress, kept in memory). */
  let base = emptyProgress();
  let frozen = false;
  const pending: Pending[] = [];
  /** This tab's id, the count of its writes, and its recent writes: id → the change and the write it was built on. */
  const tabId = Math.random().toString(36).slice(2, 10);
  let writes = 0;
  const journal = new Map<string, { fn: ProgressChange; basedOn: string | null }>();
  /** Every write seen (this tab's and, from storage events, the others'): id → the write it was built on. */
  const lineage = new Map<string, string | null>();
  const link = (raw: string | null | undefined) => {
    const { writeId, basedOn } = writeIds(raw);
    if (!writeId) return;
    lineage.set(writeId, basedOn);
    if (lineage.size > JOURNAL * 4) lineage.delete(lineage.keys().next().value!);
  };

  const view = () => pending.reduce((p, c) => (c.done ? p : c.fn(p)), base);
  const publish = () => on.publish(view());
  const freeze = () => {
    if (frozen) return;
    frozen = true;
    on.notice('newer');
  };

  /** Reads storage into `base`. Returns the decoded record for a write to build on, or null when it must not write. */
  const readBase = () => {
    if (frozen) return null;
    const stored = io.read();
    if (stored === null) return null;
    const decoded = decodeProgress(stored.value);
    if (!decoded.ok && decoded.reason === 'version') {
      freeze();
      return null;
    }
    base = decoded.ok ? decoded.progress : emptyProgress();
    return { raw: stored.value, decoded };
  };

  /** Read, keep aside what can't be read, apply `fn`, write. `always` false: write only to repair. */
  const commit = (fn: ProgressChange, always: boolean, force = false) => {
    const read = readBase();
    if (!read) {
      // Read-only (newer version) or unreadable storage: the change lives in this tab's memory only.
      base = fn(base);
      return;
    }
    const { raw, decoded } = read;
    let repaired = false;
    if (!decoded.ok && raw !== undefined) {
      io.setAside(raw);
      repaired = true;
    } else if (decoded.ok && decoded.unreadable) {
      io.setAside(JSON.stringify(decoded.unreadable));
      repaired = true;
    }
    if (repaired) on.notice('reset');
    const next = fn(base);
    // A change that changes nothing (a task done twice, the same code imported again) writes nothing.
    if ((always && (next !== base || force)) || repaired) {
      const basedOn = writeIds(raw).writeId;
      const writeId = `${tabId}-${++writes}`;
      journal.set(writeId, { fn, basedOn });
      lineage.set(writeId, basedOn);
      if (journal.size > JOURNAL) journal.delete(journal.keys().next().value!);
      // The ids go last, so `writeIds` finds them at the end of a long record.
      io.write(
        `${encodeProgress(next).slice(0, -1)},"basedOn":${JSON.stringify(basedOn ?? '')},"writeId":"${writeId}"}`,
      );
    }
    base = next;
  };

  const run = (entry: Pending) => {
    if (entry.done) return;
    entry.done = true;
    try {
      commit(entry.fn, true, entry.force);
    } finally {
      const i = pending.indexOf(entry);
      if (i >= 0) pending.splice(i, 1);
      publish();
    }
  };

  // Whether what is stored now holds something unreadable, so `repair` has work to do.
  const first = readBase();
  const needsRepair =
    !!first && ((!first.decoded.ok && first.raw !== undefined) || (first.decoded.ok && !!first.decoded.unreadable));

  function change(fn: ProgressChange, force = false) {
    const entry: Pending = { fn, done: false, force };
    readBase();
    pending.push(entry);
    publish();
    io.exclusive(() => run(entry));
  }

  return {
    view,
    change: (fn) => change(fn),
    refresh() {
      readBase();
      publish();
    },
    otherTabWrote(oldValue, newValue) {
      link(oldValue);
      link(newValue);
      const replaced = writeIds(oldValue).writeId;
      if (!replaced || !journal.has(replaced) || newValue === null) return;
      // Everything the new record was built on, and everything the record stored now holds (a later write may
      // already have brought the change back), as far as this tab knows the chain of writes.
      const within = new Set<string>();
      const now = io.read()?.value;
      link(now);
      for (const start of [writeIds(newValue).basedOn, writeIds(now).writeId])
        for (let id = start; id && !within.has(id); id = lineage.get(id) ?? null) within.add(id);
      if (within.has(replaced)) return;
      // The new record was built on an older one: this tab's writes since then are missing from it.
      const lost: ProgressChange[] = [];
      for (let id: string | null = replaced; id && !within.has(id) && journal.has(id);) {
        const entry: { fn: ProgressChange; basedOn: string | null } = journal.get(id)!;
        journal.delete(id);
        lost.unshift(entry.fn);
        id = entry.basedOn;
      }
      // Each gets a write of its own even if it now changes nothing, so a later walk back through this tab's
      // writes still finds it (its first write is forgotten here, so it is never applied twice).
      for (const fn of lost) change(fn, true);
    },
    flush() {
      for (const entry of [...pending]) run(entry);
    },
    repair() {
      if (!needsRepair) return;
      io.exclusive(() => {
        commit((p) => p, false);
        publish();
      });
    },
    readOnly: () => frozen,
  };
}
