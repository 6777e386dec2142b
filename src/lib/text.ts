/**
 * Optional free text, where blank means "none": trimmed, or null when blank; undefined (not
 * given, in a change) stays undefined, so a change leaves the field alone.
 */
export function blankToNull(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
