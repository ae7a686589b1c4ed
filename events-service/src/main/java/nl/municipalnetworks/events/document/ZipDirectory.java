package nl.municipalnetworks.events.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry names of a zip file, read from its central directory (found through the end-of-central-directory record
 * at its end), without inflating anything: a zip bomb costs nothing here. Anything malformed gives the names read so
 * far (often none), so a file that is not a well-formed zip simply does not look like an Office document.
 */
final class ZipDirectory {

    private static final long END_SIGNATURE = 0x06054b50L;
    private static final long ENTRY_SIGNATURE = 0x02014b50L;
    private static final int END_RECORD_SIZE = 22;
    private static final int ENTRY_HEADER_SIZE = 46;
    private static final int MAX_COMMENT = 0xffff;
    private static final int MAX_ENTRIES = 100_000;

    private ZipDirectory() {
    }

    static List<String> names(byte[] zip) {
        int end = endRecord(zip);
        if (end < 0) {
            return List.of();
        }
        int entries = DocumentType.u16(zip, end + 10);
        long offset = DocumentType.u32(zip, end + 16);
        List<String> names = new ArrayList<>();
        long at = offset;
        for (int i = 0; i < entries && i < MAX_ENTRIES; i++) {
            if (at < 0 || at + ENTRY_HEADER_SIZE > end || DocumentType.u32(zip, (int) at) != ENTRY_SIGNATURE) {
                break;
            }
            int p = (int) at;
            int nameLength = DocumentType.u16(zip, p + 28);
            int extraLength = DocumentType.u16(zip, p + 30);
            int commentLength = DocumentType.u16(zip, p + 32);
            if (p + ENTRY_HEADER_SIZE + nameLength > end) {
                break;
            }
            names.add(new String(zip, p + ENTRY_HEADER_SIZE, nameLength, StandardCharsets.UTF_8));
            at = (long) p + ENTRY_HEADER_SIZE + nameLength + extraLength + commentLength;
        }
        return names;
    }

    /** Where the end-of-central-directory record starts, searching back over a comment of up to 64 KiB; -1 if none. */
    private static int endRecord(byte[] zip) {
        int last = zip.length - END_RECORD_SIZE;
        int first = Math.max(0, last - MAX_COMMENT);
        for (int at = last; at >= first; at--) {
            if (DocumentType.u32(zip, at) == END_SIGNATURE) {
                return at;
            }
        }
        return -1;
    }
}
