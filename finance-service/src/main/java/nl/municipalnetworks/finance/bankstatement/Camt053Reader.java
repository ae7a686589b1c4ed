package nl.municipalnetworks.finance.bankstatement;

import nl.municipalnetworks.commons.api.DateRange;
import nl.municipalnetworks.commons.time.DutchTime;
import nl.municipalnetworks.finance.money.Money;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a camt.053 bank-to-customer statement (ISO 20022) as Dutch banks export it (ING, Rabobank, ABN AMRO:
 * {@code camt.053.001.02}, and the later {@code .08}), with StAX, without DTDs or external entities (a DOCTYPE is
 * refused outright: a bank's statement has none, and it is how XML entity attacks come in).
 *
 * <p>It takes what a payment needs from every <b>booked credit</b> entry ({@code CdtDbtInd} CRDT, {@code Sts}
 * BOOK, not a reversal): the amount in euros, the booking date, the debtor's name and account, the remittance
 * information (unstructured {@code Ustrd} and the structured creditor reference {@code CdtrRefInf/Ref}, and the
 * entry's additional information when there is no other), and the bank's own reference of the entry
 * ({@code AcctSvcrRef}), which says that an entry was imported before. An entry that books several transactions
 * with their own amounts (a batch) gives one payment per transaction. Debits, pending and informational entries are
 * counted as skipped.
 *
 * <p>A statement that cannot be read is refused whole ({@link UnreadableStatement}), naming the element and its
 * line: not XML, not a camt.053, a booked credit without amount, currency or booking date, an amount that is not in
 * euros or not in cents, transaction amounts that do not add up to the entry's.
 */
public final class Camt053Reader {

    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";
    /** ISO 20022 amounts: digits, a dot, at most five decimals (euros use two). */
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,18}(\\.[0-9]{1,5})?");
    private static final int MAX_TEXT = 35;
    private static final int MAX_NAME = 200;
    private static final int MAX_ACCOUNT = 34;

    private Camt053Reader() {
    }

    /** A booked credit: one payment received. */
    public record Credit(String entryKey, int line, BigDecimal amount, LocalDate bookingDate, String debtorName,
                         String debtorAccount, String remittance) {
    }

    /** One statement ({@code Stmt}) of one account. */
    public record Statement(String id, String account, List<Credit> credits, int skipped) {
    }

    /** The file: its message id and version, and its statements. */
    public record BankStatementFile(String messageId, String version, List<Statement> statements) {
    }

    public static BankStatementFile read(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new UnreadableStatement("body", 0, "is empty; send the camt.053 file as it came from the bank");
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                return new Parse(reader).file();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = String.valueOf(e.getMessage());
            int cut = message.indexOf("Message: ");
            String reason = (cut >= 0 ? message.substring(cut + "Message: ".length()) : message).strip();
            throw new UnreadableStatement("body", at == null ? 0 : at.getLineNumber(), "is not well-formed XML: " + reason);
        }
    }

    /** One pass over the document, keeping the path of elements and the entry and transaction being read. */
    private static final class Parse {
        private final XMLStreamReader reader;
        private final Deque<String> path = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Statement> statements = new ArrayList<>();
        private String version;
        private String messageId;

        private StatementBuilder statement;
        private int statementDepth;
        private EntryBuilder entry;
        private int entryDepth;
        private TransactionBuilder transaction;
        private int transactionDepth;
        private boolean sawStatements;
        /** The Ccy of the amount being read (an Amt holds only text). */
        private String currency;

        Parse(XMLStreamReader reader) {
            this.reader = reader;
        }

        BankStatementFile file() throws XMLStreamException {
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new UnreadableStatement("body", line(),
                            "has a DOCTYPE; a bank statement has none, and none is read");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new UnreadableStatement("body", line(),
                            "refers to an entity (&" + reader.getLocalName() + ";), which is not read");
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text.append(reader.getText());
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {
                    }
                }
            }
            if (version == null) {
                throw new UnreadableStatement("body", 0, "holds no XML element");
            }
            if (!sawStatements) {
                throw new UnreadableStatement("BkToCstmrStmt", 0, "is missing: this is no bank-to-customer statement");
            }
            if (statements.isEmpty()) {
                throw new UnreadableStatement("Stmt", 0, "is missing: the file holds no statement");
            }
            return new BankStatementFile(messageId, version, List.copyOf(statements));
        }

        private int line() {
            return reader.getLocation().getLineNumber();
        }

        private void start() {
            String name = reader.getLocalName();
            if (path.isEmpty()) {
                String namespace = reader.getNamespaceURI();
                if (!"Document".equals(name) || namespace == null || !namespace.startsWith(NAMESPACE_PREFIX)) {
                    throw new UnreadableStatement(name, line(), "is not a camt.053 bank statement: expected the element "
                            + "Document of namespace " + NAMESPACE_PREFIX + "02 (or a later version such as .08), got "
                            + name + (namespace == null || namespace.isEmpty() ? " without namespace" : " of " + namespace));
                }
                version = "camt.053.001." + namespace.substring(NAMESPACE_PREFIX.length());
            }
            path.push(name);
            text.setLength(0);
            int depth = path.size();
            if (depth == 2 && name.equals("BkToCstmrStmt")) {
                sawStatements = true;
            } else if (depth == 3 && name.equals("Stmt") && "BkToCstmrStmt".equals(parent())) {
                statement = new StatementBuilder(line(), statements.size() + 1);
                statementDepth = depth;
            } else if (statement != null && entry == null && depth == statementDepth + 1 && name.equals("Ntry")) {
                entry = new EntryBuilder(line(), statement.entries + 1);
                statement.entries++;
                entryDepth = depth;
            } else if (entry != null && transaction == null && name.equals("TxDtls")
                    && relative(entryDepth).equals("NtryDtls/TxDtls")) {
                transaction = new TransactionBuilder(line());
                transactionDepth = depth;
            }
            if (name.equals("Amt")) {
                currency = reader.getAttributeValue(null, "Ccy");
            }
        }

        private String parent() {
            var it = path.iterator();
            it.next();
            return it.hasNext() ? it.next() : null;
        }

        /** The path below the element at {@code depth}: {@code Acct/Id/IBAN}. */
        private String relative(int depth) {
            List<String> names = new ArrayList<>(path);
            StringBuilder relative = new StringBuilder();
            for (int i = names.size() - depth - 1; i >= 0; i--) {
                relative.append(relative.isEmpty() ? "" : "/").append(names.get(i));
            }
            return relative.toString();
        }

        private void end() {
            String value = text.toString().strip();
            text.setLength(0);
            int depth = path.size();
            // an element with elements inside has no text of its own: only those without carry values
            boolean hasValue = !value.isEmpty();
            if (hasValue && depth == 4 && messageId == null && relative(2).equals("GrpHdr/MsgId")) {
                messageId = limited("GrpHdr/MsgId", value, MAX_TEXT);
            }
            if (transaction != null && depth > transactionDepth) {
                if (hasValue) {
                    transactionValue(relative(transactionDepth), value);
                }
            } else if (transaction != null && depth == transactionDepth) {
                entry.transactions.add(transaction);
                transaction = null;
            } else if (entry != null && depth > entryDepth) {
                if (hasValue) {
                    entryValue(relative(entryDepth), value);
                }
            } else if (entry != null && depth == entryDepth) {
                finishEntry();
                entry = null;
            } else if (statement != null && depth > statementDepth) {
                if (hasValue) {
                    statementValue(relative(statementDepth), value);
                }
            } else if (statement != null && depth == statementDepth) {
                finishStatement();
                statement = null;
            }
            path.pop();
        }

        private void statementValue(String at, String value) {
            switch (at) {
                case "Id" -> statement.id = limited("Stmt/Id", value, MAX_TEXT);
                case "Acct/Id/IBAN" -> statement.account = limited("Stmt/Acct/Id/IBAN", compact(value), MAX_ACCOUNT);
                case "Acct/Id/Othr/Id" -> {
                    if (statement.account == null) {
                        statement.account = limited("Stmt/Acct/Id/Othr/Id", compact(value), MAX_ACCOUNT);
                    }
                }
                default -> {
                }
            }
        }

        private void entryValue(String at, String value) {
            switch (at) {
                case "NtryRef" -> entry.entryReference = limited("Ntry/NtryRef", value, MAX_TEXT);
                case "Amt" -> {
                    entry.amount = value;
                    entry.currency = currency;
                    entry.amountLine = line();
                }
                case "CdtDbtInd" -> entry.creditDebit = value;
                case "RvslInd" -> entry.reversal = value.equalsIgnoreCase("true") || value.equals("1");
                case "Sts", "Sts/Cd" -> entry.status = value;
                case "BookgDt/Dt", "BookgDt/DtTm" -> {
                    entry.bookingDate = value;
                    entry.bookingDateLine = line();
                }
                case "AcctSvcrRef" -> entry.servicerReference = limited("Ntry/AcctSvcrRef", value, MAX_TEXT);
                case "AddtlNtryInf" -> entry.additionalInfo = value;
                default -> {
                }
            }
        }

        private void transactionValue(String at, String value) {
            switch (at) {
                case "Refs/AcctSvcrRef" -> transaction.servicerReference = limited("TxDtls/Refs/AcctSvcrRef", value, MAX_TEXT);
                // .08 gives the transaction's amount as Amt, .02 as AmtDtls/TxAmt/Amt (AmtDtls/InstdAmt is what
                // the payer instructed, perhaps in another currency: not what was booked)
                case "Amt", "AmtDtls/TxAmt/Amt" -> {
                    if (transaction.amount == null || at.equals("Amt")) {
                        transaction.amount = value;
                        transaction.currency = currency;
                        transaction.amountLine = line();
                    }
                }
                case "RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm" ->
                        transaction.debtorName = limited("RltdPties/Dbtr/Nm", value, MAX_NAME);
                case "RltdPties/DbtrAcct/Id/IBAN" ->
                        transaction.debtorAccount = limited("RltdPties/DbtrAcct/Id/IBAN", compact(value), MAX_ACCOUNT);
                case "RltdPties/DbtrAcct/Id/Othr/Id" -> {
                    if (transaction.debtorAccount == null) {
                        transaction.debtorAccount = limited("RltdPties/DbtrAcct/Id/Othr/Id", compact(value), MAX_ACCOUNT);
                    }
                }
                case "RmtInf/Ustrd", "RmtInf/Strd/CdtrRefInf/Ref", "RmtInf/Strd/AddtlRmtInf" -> transaction.remittance.add(value);
                case "AddtlTxInf" -> transaction.additionalInfo = value;
                default -> {
                }
            }
        }

        private String limited(String element, String value, int max) {
            if (value.length() > max) {
                throw new UnreadableStatement(element, line(), "is longer than " + max + " characters");
            }
            return value;
        }

        private static String compact(String account) {
            return account.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        }

        private void finishEntry() {
            EntryBuilder e = entry;
            String where = "Stmt/Ntry";
            if (e.creditDebit == null) {
                throw new UnreadableStatement(where + "/CdtDbtInd", e.line, "is missing in entry " + e.number + ": credit (CRDT) or debit (DBIT)?");
            }
            if (!e.creditDebit.equals("CRDT") && !e.creditDebit.equals("DBIT")) {
                throw new UnreadableStatement(where + "/CdtDbtInd", e.line, "must be CRDT or DBIT, not '" + e.creditDebit + "'");
            }
            if (e.status == null) {
                throw new UnreadableStatement(where + "/Sts", e.line, "is missing in entry " + e.number + ": booked (BOOK) or not?");
            }
            if (!e.creditDebit.equals("CRDT") || !e.status.equals("BOOK") || e.reversal) {
                statement.skipped++;
                return;
            }
            BigDecimal amount = amount(where + "/Amt", e.amount, e.currency, e.amountLine > 0 ? e.amountLine : e.line, e.number);
            if (e.bookingDate == null) {
                throw new UnreadableStatement(where + "/BookgDt", e.line, "is missing in booked entry " + e.number);
            }
            LocalDate booked = date(where + "/BookgDt", e.bookingDate, e.bookingDateLine);
            String entryKey = e.servicerReference != null ? e.servicerReference
                    : "statement " + statement.idForKey() + " entry " + (e.entryReference != null ? e.entryReference : "#" + e.number);

            List<TransactionBuilder> parts = e.transactions;
            boolean split = parts.size() > 1 && parts.stream().allMatch(t -> t.amount != null);
            if (split) {
                BigDecimal sum = BigDecimal.ZERO;
                int index = 0;
                List<Credit> credits = new ArrayList<>();
                for (TransactionBuilder t : parts) {
                    index++;
                    BigDecimal part = amount("Stmt/Ntry/NtryDtls/TxDtls/Amt", t.amount, t.currency, t.amountLine, e.number);
                    sum = sum.add(part);
                    String key = t.servicerReference != null && !t.servicerReference.equals(e.servicerReference)
                            ? t.servicerReference : entryKey + " transaction " + index;
                    credits.add(new Credit(key, t.line, part, booked, t.debtorName, t.debtorAccount, t.remittance(e)));
                }
                if (sum.compareTo(amount) != 0) {
                    throw new UnreadableStatement("Stmt/Ntry/NtryDtls", e.line, "the amounts of the transactions of entry "
                            + e.number + " add up to " + sum.toPlainString() + ", not to the entry's " + amount.toPlainString());
                }
                statement.credits.addAll(credits);
            } else {
                TransactionBuilder t = parts.isEmpty() ? new TransactionBuilder(e.line) : parts.get(0);
                StringBuilder remittance = new StringBuilder();
                for (TransactionBuilder part : parts) {
                    String r = part.remittance(null);
                    if (!r.isEmpty()) {
                        remittance.append(remittance.isEmpty() ? "" : " ").append(r);
                    }
                }
                if (remittance.isEmpty() && e.additionalInfo != null) {
                    remittance.append(e.additionalInfo);
                }
                statement.credits.add(new Credit(entryKey, e.line, amount, booked, t.debtorName, t.debtorAccount,
                        remittance.toString()));
            }
        }

        private BigDecimal amount(String element, String value, String currency, int line, int number) {
            if (value == null || value.isEmpty()) {
                throw new UnreadableStatement(element, line, "is missing in booked credit entry " + number);
            }
            if (currency == null || currency.isEmpty()) {
                throw new UnreadableStatement(element, line, "has no currency (attribute Ccy)");
            }
            if (!currency.equals(Money.CURRENCY)) {
                throw new UnreadableStatement(element, line, "is in " + currency + "; only payments in euros (EUR) are taken");
            }
            if (!AMOUNT.matcher(value).matches()) {
                throw new UnreadableStatement(element, line, "must be an amount such as 18412.45 (a dot before the cents), not '" + value + "'");
            }
            BigDecimal amount = new BigDecimal(value);
            if (amount.stripTrailingZeros().scale() > Money.SCALE) {
                throw new UnreadableStatement(element, line, "must be whole cents, not " + value);
            }
            if (amount.signum() <= 0) {
                throw new UnreadableStatement(element, line, "must be more than zero, not " + value);
            }
            if (amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
                throw new UnreadableStatement(element, line, "is larger than any payment taken here: " + value);
            }
            return amount.setScale(Money.SCALE);
        }

        private static LocalDate date(String element, String value, int line) {
            try {
                LocalDate date;
                if (value.contains("T")) {
                    date = value.length() > 19 && (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:\\d{2}$"))
                            ? OffsetDateTime.parse(value).atZoneSameInstant(DutchTime.ZONE).toLocalDate()
                            : LocalDateTime.parse(value).toLocalDate();
                } else {
                    date = DateRange.parse(value).orElseThrow(() -> new DateTimeParseException("", value, 0));
                }
                if (!DateRange.contains(date)) {
                    throw new DateTimeParseException("", value, 0);
                }
                return date;
            } catch (DateTimeParseException e) {
                throw new UnreadableStatement(element, line, "must be a date such as 2026-03-02 (or a date and time), not '" + value + "'");
            }
        }

        private void finishStatement() {
            StatementBuilder s = statement;
            if (s.id == null || s.id.isEmpty()) {
                throw new UnreadableStatement("Stmt/Id", s.line, "is missing in statement " + s.number);
            }
            if (s.account == null || s.account.isEmpty()) {
                throw new UnreadableStatement("Stmt/Acct/Id", s.line, "is missing in statement " + s.id
                        + ": whose account is it (IBAN)?");
            }
            // the bank's references are unique per account: the key of a payment starts with the account
            List<Credit> credits = s.credits.stream().map(c -> new Credit(s.account + " " + c.entryKey(), c.line(),
                    c.amount(), c.bookingDate(), c.debtorName(), c.debtorAccount(), c.remittance())).toList();
            statements.add(new Statement(s.id, s.account, credits, s.skipped));
        }
    }

    private static final class StatementBuilder {
        final int line;
        final int number;
        String id;
        String account;
        int entries;
        int skipped;
        final List<Credit> credits = new ArrayList<>();

        StatementBuilder(int line, int number) {
            this.line = line;
            this.number = number;
        }

        /** The statement's id, read before its entries in every camt.053 (Id is its first element). */
        String idForKey() {
            return id == null ? "#" + number : id;
        }
    }

    private static final class EntryBuilder {
        final int line;
        final int number;
        String entryReference;
        String amount;
        int amountLine;
        String currency;
        String creditDebit;
        boolean reversal;
        String status;
        String bookingDate;
        int bookingDateLine;
        String servicerReference;
        String additionalInfo;
        final List<TransactionBuilder> transactions = new ArrayList<>();

        EntryBuilder(int line, int number) {
            this.line = line;
            this.number = number;
        }
    }

    private static final class TransactionBuilder {
        final int line;
        String servicerReference;
        String amount;
        int amountLine;
        String currency;
        String debtorName;
        String debtorAccount;
        String additionalInfo;
        final List<String> remittance = new ArrayList<>();

        TransactionBuilder(int line) {
            this.line = line;
        }

        /** Its remittance texts joined; else its own or the entry's additional information. */
        String remittance(EntryBuilder entry) {
            String joined = String.join(" ", remittance.stream().filter(r -> !r.isEmpty()).toList());
            if (joined.isEmpty() && additionalInfo != null) {
                joined = additionalInfo;
            }
            if (joined.isEmpty() && entry != null && entry.additionalInfo != null) {
                joined = entry.additionalInfo;
            }
            return joined;
        }
    }
}
