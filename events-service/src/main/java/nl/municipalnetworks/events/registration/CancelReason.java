package nl.municipalnetworks.events.registration;

/** Why a registration was cancelled. */
public enum CancelReason {
    /** The person, or a colleague of the same municipality. */
    BY_REGISTRANT,
    /** The organiser (secretariat or organising partner). */
    BY_ORGANISER,
    /** The municipality's membership of the event's network ended before the event (member-events). */
    MEMBERSHIP_ENDED
}
