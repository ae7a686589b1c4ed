package nl.municipalnetworks.gateway.conditional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Strong entity tags from the bytes of a body, and the {@code If-None-Match} comparison (RFC 9110 13.1.2). */
public final class EntityTags {

    private EntityTags() {
    }

    /** A strong ETag: the quoted, base64url SHA-256 of the body (the same bytes always give the same tag). */
    public static String of(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether {@code If-None-Match} matches {@code etag}: {@code *}, or one of its comma-separated tags equal by the
     * weak comparison (a {@code W/} prefix is ignored), as RFC 9110 prescribes for If-None-Match.
     */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String wanted = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || !tag.isEmpty() && opaque(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
