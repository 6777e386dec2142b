/**
 * What the status of an activity means to staff today: a scheduled one that has ended is "held",
 * and once every session has its attendance it is "attended" (the figures are in); cancelled
 * stays cancelled.
 */
export function activityPhase(
  activity: { status: string; end: string; sessions?: { attendanceRecordedAt: string | null }[] },
  now = Date.now(),
): string {
  if (activity.status !== 'scheduled') return activity.status;
  const sessions = activity.sessions ?? [];
  if (sessions.length > 0 && sessions.every((session) => session.attendanceRecordedAt !== null))
    return 'attended';
  return Date.parse(activity.end) < now ? 'held' : 'scheduled';
}
