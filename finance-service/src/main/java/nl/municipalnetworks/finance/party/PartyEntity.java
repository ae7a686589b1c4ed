package nl.municipalnetworks.finance.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A party's stored billing details ({@link BillingDetails}), found by its municipality (buyers, a collecting
 * member) or by the name fee schemes give it as collector (other sellers). See V4__parties.sql.
 */
@Entity(name = "PartyEntity")
@Table(name = "party")
public class PartyEntity {

    @Id
    public UUID id;

    @Column(name = "municipality_id")
    public UUID municipalityId;

    @Column(name = "collector_name")
    public String collectorName;

    @Column(name = "legal_name")
    public String legalName;

    public String street;

    public String postcode;

    public String city;

    public String country;

    @Column(name = "kvk_number")
    public String kvkNumber;

    public String oin;

    @Column(name = "vat_number")
    public String vatNumber;

    public String iban;

    public String bic;

    public String email;

    /** 0106 (KvK number) or 0190 (OIN). */
    @Column(name = "peppol_scheme")
    public String peppolScheme;

    @Column(name = "buyer_reference")
    public String buyerReference;
}
