package nl.municipalnetworks.member.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A note on the recruitment of a prospect: who talked to them, what was agreed. */
@Entity
@Table(name = "recruitment_note")
public class RecruitmentNote {

    @Id
    public UUID id;

    @Column(name = "membership_id")
    public UUID membershipId;

    public String author;

    public String text;

    @Column(name = "written_at")
    public OffsetDateTime writtenAt;
}
