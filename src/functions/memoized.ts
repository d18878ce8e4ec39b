/**
 * What `make` gives for `key`, made on the first call and then kept for as long as `key` lives: for answers built from
 * a catalog object that never changes (a table, a slot's list of targets), so a sheet's recalculation builds each once.
 */
export function memoized<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
