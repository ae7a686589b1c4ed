package nl.municipalnetworks.pillar.theme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.municipalnetworks.commons.problem.ProblemException;

import java.io.Serializable;
import java.util.UUID;

/**
 * Two themes touch each other ("Duurzaamheid touches Woningmarkt"). The link has no direction: it is stored
 * once, lower id first, and read from both sides; a theme never references itself.
 */
@Entity
@Table(name = "theme_reference")
public class ThemeReference {

    @EmbeddedId
    public Pair pair;

    public static ThemeReference between(UUID one, UUID other) {
        if (one.equals(other)) {
            throw ProblemException.invalid("otherThemeId", "a theme cannot reference itself");
        }
        ThemeReference reference = new ThemeReference();
        // PostgreSQL orders uuids as unsigned bytes, which is the order of their hex text; UUID.compareTo compares
        // signed longs and disagrees for ids with the high bit set (the table's check theme_id < other_theme_id).
        reference.pair = one.toString().compareTo(other.toString()) < 0 ? new Pair(one, other) : new Pair(other, one);
        return reference;
    }

    /** The theme on the other side of the link, seen from {@code theme}. */
    public UUID otherThan(UUID theme) {
        return pair.themeId().equals(theme) ? pair.otherThemeId() : pair.themeId();
    }

    @Embeddable
    public record Pair(@Column(name = "theme_id") UUID themeId, @Column(name = "other_theme_id") UUID otherThemeId)
            implements Serializable {
    }
}
