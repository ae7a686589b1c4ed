package nl.municipalnetworks.member.network;

/**
 * How far a network is on its way from its baseline to its target member count (M50: 40 -> 50).
 * Members who gave notice still count until their membership ends.
 */
public record GrowthProgress(String network, int baseline, int target, long currentMembers, long prospects,
                             long stillToRecruit, int percentOfGrowthReached) {

    public static GrowthProgress of(String network, int baseline, int target, long currentMembers, long prospects) {
        long stillToRecruit = Math.max(0, target - currentMembers);
        int span = target - baseline;
        long grown = currentMembers - baseline;
        int percent = span <= 0 ? 100 : (int) Math.max(0, Math.min(100, Math.floorDiv(grown * 100, span)));
        return new GrowthProgress(network, baseline, target, currentMembers, prospects, stillToRecruit, percent);
    }
}
