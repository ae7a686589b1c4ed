package nl.municipalnetworks.pillar.activity;

public enum ActivityStatus {
    PLANNED, RUNNING, COMPLETED, STOPPED
}
