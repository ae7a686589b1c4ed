package nl.municipalnetworks.events.decision;

/** What a general assembly decided; finance-service acts on BUDGET_ADOPTED. */
public enum DecisionKind {
    BUDGET_ADOPTED,
    ANNUAL_ACCOUNTS_ADOPTED,
    OTHER
}
