package nl.municipalnetworks.finance.bankstatement;

/**
 * A bank statement that cannot be read, with where: the element (a path such as {@code Stmt/Ntry/Amt}) and the
 * line of the file (0 when it is not about one place). The import refuses the whole statement with it (400).
 */
public class UnreadableStatement extends RuntimeException {

    private final String element;
    private final int line;
    private final String reason;

    public UnreadableStatement(String element, int line, String reason) {
        super(element + (line > 0 ? " (line " + line + ")" : "") + ": " + reason);
        this.element = element;
        this.line = line;
        this.reason = reason;
    }

    public String element() {
        return element;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
