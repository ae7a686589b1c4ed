package nl.municipalnetworks.finance.party;

import java.util.Objects;

/**
 * A legal party that pays or is paid: a municipality, Platform31. A network that is no legal entity (M50,
 * G40) is a party too where it is the beneficiary of a fee scheme, but it never sends or receives an invoice
 * itself: a member collects for it (see {@code FeeScheme#collector()}).
 *
 * @param id   a stable identifier (for now free text; later member-service's municipality id)
 * @param name the name as it appears on an invoice
 */
public record Party(String id, String name) {

    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a party has an id and a name");
        }
    }

    /**
     * Whether this is the same legal party as {@code other}: by id, since one party goes by more than one name
     * ("Gemeente Meierijstad" collects, "Meierijstad" is the member).
     */
    public boolean isSameAs(Party other) {
        return other != null && id.equals(other.id);
    }

    @Override
    public String toString() {
        return name;
    }
}
