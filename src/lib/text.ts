/**
 * Optional free text, where blank means "none": trimmed, or null when blank; undefined (not
 * given, in a change) stays undefined, so a change leaves the field alone.
 */
export function blankToNull(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Where a value holds a string PostgreSQL cannot store: a NUL character (text may not contain
 * it) or a lone UTF-16 surrogate (not valid UTF-8). Returns the path of the first one
 * (`['members', 2, 'name']`), or null. Walks plain JSON values only, and stops at a depth no
 * JSON body of ours reaches; a file's bytes (a Buffer), streams and dates are skipped.
 */
export function findUnstorableString(
  value: unknown,
  path: (string | number)[] = [],
): (string | number)[] | null {
  if (typeof value === 'string') return isStorable(value) ? null : path;
  if (path.length > 32 || value === null || typeof value !== 'object') return null;
  // Not the bytes of an uploaded file (a Buffer), a stream or a Date: those are not text.
  if (
    ArrayBuffer.isView(value) ||
    value instanceof Date ||
    typeof (value as { pipe?: unknown }).pipe === 'function'
  )
    return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableString(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (!isStorable(key)) return [...path, key];
    const found = findUnstorableString(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** No NUL and well-formed UTF-16 (no lone surrogate). */
export function isStorable(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}

/**
 * A spreadsheet cell that cannot run as a formula (OWASP CSV injection): text starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, which spreadsheets
 * show as text. Numbers stay numbers; only text is touched.
 */
export function neutralizeFormula<T>(cell: T): T | string {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
