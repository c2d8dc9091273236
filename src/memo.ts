/**
 * The value `map` holds under `key`, created by `create` and kept the first time it is asked for:
 * the one way this code base remembers something per request, per database, per document or per key.
 */
export function getOrCreate<K extends object, V>(map: WeakMap<K, V>, key: K, create: () => V): V;
export function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V;
export function getOrCreate<K extends object, V>(map: Map<K, V> | WeakMap<K, V>, key: K, create: () => V): V {
  if (map.has(key)) return map.get(key) as V;
  const value = create();
  map.set(key, value);
  return value;
}
