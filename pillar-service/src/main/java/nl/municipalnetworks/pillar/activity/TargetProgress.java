package nl.municipalnetworks.pillar.activity;

/**
 * Progress of an activity against its target: the members taking part counted against the number ("ten
 * experiments": each municipality runs one). Without a target there is no percentage and nothing to reach.
 *
 * @param percent whole percent, at most 100; null without a target
 */
public record TargetProgress(Integer target, String unit, int reached, Integer percent, boolean targetReached) {

    public static TargetProgress of(Integer target, String unit, int participants) {
        if (participants < 0) {
            throw new IllegalArgumentException("participants must not be negative");
        }
        if (target == null) {
            return new TargetProgress(null, unit, participants, null, false);
        }
        int percent = (int) Math.min(100, Math.floorDiv(100L * participants, target));
        return new TargetProgress(target, unit, participants, percent, participants >= target);
    }
}
