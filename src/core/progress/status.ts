import { LookupError } from "../lookup/lookup-error";

/**
 * Where an actual figure stands against plan:
 * - met: actual ≥ the year's target;
 * - on-pace: actual ≥ the pace figure (序时进度);
 * - behind: below pace by less than `farBehindPoints` percentage points of the target;
 * - far-behind: below pace by `farBehindPoints` points or more (default 10).
 * statusOf and completionRate throw a LookupError (invalid number) for a target of 0 or less.
 */
export type Status = "met" | "on-pace" | "behind" | "far-behind";

export const STATUS_LABELS: Record<Status, { zh: string; en: string }> = {
  met: { zh: "达标", en: "Met" },
  "on-pace": { zh: "序时达标", en: "On pace" },
  behind: { zh: "落后", en: "Behind" },
  "far-behind": { zh: "严重落后", en: "Far behind" },
};

export const DEFAULT_FAR_BEHIND_POINTS = 10;

const POSITIVE_TARGET = { zh: "大于 0 的目标值", en: "a target greater than 0" };

/** Rates and statuses divide by the target: a target of 0 (or none) has no completion to speak of. */
function requirePositiveTarget(target: number): void {
  if (!(target > 0))
    throw new LookupError({
      reason: "invalid",
      subject: "number",
      query: String(target),
      expected: POSITIVE_TARGET,
    });
}

/** Completion rate, actual / target (1 = 100%). */
export function completionRate(actual: number, target: number): number {
  requirePositiveTarget(target);
  return actual / target;
}

/** How far below pace the actual is, in percentage points of the target; negative when ahead. */
export function gapPoints(actual: number, pace: number, target: number): number {
  return ((pace - actual) / target) * 100;
}

export function statusOf(
  actual: number,
  target: number,
  pace: number,
  farBehindPoints: number = DEFAULT_FAR_BEHIND_POINTS
): Status {
  requirePositiveTarget(target);
  if (actual >= target) return "met";
  if (actual >= pace) return "on-pace";
  // Rounded so that a gap of exactly 10 points is not 9.999999999999998 after binary floating point.
  const gap = Math.round(gapPoints(actual, pace, target) * 1e9) / 1e9;
  return gap >= farBehindPoints ? "far-behind" : "behind";
}
