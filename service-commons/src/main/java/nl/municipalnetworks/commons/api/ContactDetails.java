package nl.municipalnetworks.commons.api;

/** How every service validates contact details in a request body, so that the same number passes everywhere. */
public final class ContactDetails {

    /** Dutch and international numbers as people type them: "030 123 4567", "+31 (0)30 123 4567". */
    public static final String PHONE = "\\+?[0-9 ()-]{6,20}";
    public static final String PHONE_REASON = "must be a phone number, e.g. +31 30 123 4567";

    private ContactDetails() {
    }
}
