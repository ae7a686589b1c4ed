package nl.municipalnetworks.finance.bankstatement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One statement (Stmt) of an imported camt.053 file: whose account, who imported it when. */
@Entity(name = "BankStatementEntity")
@Table(name = "bank_statement")
public class BankStatementEntity {

    @Id
    public UUID id;

    public String network;

    /** The bank's id of the statement (Stmt/Id). */
    @Column(name = "statement_id")
    public String statementId;

    /** The account it is of (Stmt/Acct/Id/IBAN). */
    public String account;

    /** The seller whose account it is, as the treasurer named it (or as an earlier statement of the account did). */
    public String seller;

    @Column(name = "message_id")
    public String messageId;

    @Column(name = "imported_at")
    public OffsetDateTime importedAt;

    @Column(name = "imported_by")
    public String importedBy;
}
