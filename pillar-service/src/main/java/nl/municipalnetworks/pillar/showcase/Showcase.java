package nl.municipalnetworks.pillar.showcase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A member's success story, on a theme or on its own ("Sharing Cities Summit in Rijswijk" on Smart City). Public. */
@Entity
@Table(name = "showcase")
public class Showcase {

    @Id
    public UUID id;

    public String network;

    /** Null when the story is on no particular theme. */
    @Column(name = "theme_id")
    public UUID themeId;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    public String title;

    public String story;

    /** When the network published it; null when the source does not say. */
    @Column(name = "published_on")
    public LocalDate publishedOn;
}
