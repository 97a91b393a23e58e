/**
 * Keeps a value's identity while it is unchanged. Lit passes properties by identity: a new
 * `padding` object, scene or legend list every scroll frame would re-configure the map and
 * re-render the legend sixty times a second for nothing.
 */
export class Memo {
  private readonly values = new Map<string, unknown>();

  /** `next`, unless the last value under `key` is the same by `same`: then that one. */
  keep<T>(key: string, next: T, same: (a: T, b: T) => boolean): T {
    const last = this.values.get(key) as T | undefined;
    if (last !== undefined && same(last, next)) return last;
    this.values.set(key, next);
    return next;
  }

  /** The value made the first time it is asked for. */
  once<T>(key: string, make: () => T): T {
    if (!this.values.has(key)) this.values.set(key, make());
    return this.values.get(key) as T;
  }
}

export const sameJson = <T>(a: T, b: T): boolean => JSON.stringify(a) === JSON.stringify(b);
export const sameList = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** A function that runs only the first time it is called. */
export function once<A extends unknown[]>(f: (...args: A) => void): (...args: A) => void {
  let done = false;
  return (...args) => {
    if (done) return;
    done = true;
    f(...args);
  };
}
