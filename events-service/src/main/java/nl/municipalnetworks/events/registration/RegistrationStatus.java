package nl.municipalnetworks.events.registration;

/** CONFIRMED: has a seat. WAITING: on the waiting list, in the order registrations came in. CANCELLED: kept, no seat. */
public enum RegistrationStatus {
    CONFIRMED, WAITING, CANCELLED
}
