/**
 * A look-up table keyed by words of the text. It inherits no keys, so a text that holds `constructor` or
 * `toString` finds nothing there, as it finds nothing for any other word the table lacks.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
