package nl.municipalnetworks.finance.agreement;

import nl.municipalnetworks.finance.party.Party;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Written notice of early termination: who gave it and the day it was sent. The agreement counts the day the
 * letter is sent: "De beëindiging dient voor 1 september van het lopende jaar tegen 1 januari van het komende
 * kalenderjaar schriftelijk aan de andere partij gezonden te worden" (samenwerkingsovereenkomst art. 1.3).
 */
public record Notice(Party givenBy, LocalDate givenOn) {

    public Notice {
        Objects.requireNonNull(givenBy, "givenBy");
        Objects.requireNonNull(givenOn, "givenOn");
    }
}
