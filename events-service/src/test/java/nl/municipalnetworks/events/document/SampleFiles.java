package nl.municipalnetworks.events.document;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of every allowed kind, made as their programs make them (the structure their signatures come from). */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A minimal PDF: header, one empty page, trailer. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                + "% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xe2001a);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An Office Open XML package: [Content_Types].xml and a part in {@code folder} (word/, xl/, ppt/). */
    public static byte[] officeOpenXml(String folder) {
        return zip(false, null, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>", "_rels/.rels", "<Relationships/>",
                folder + "main.xml", "<body>Agenda</body>");
    }

    /** An OpenDocument package: the first entry "mimetype", stored, holding the media type. */
    public static byte[] openDocument(String mediaType) {
        return zip(true, mediaType, "content.xml", "<office:document-content/>", "META-INF/manifest.xml", "<manifest/>");
    }

    /** A zip that is neither. */
    public static byte[] plainZip() {
        return zip(false, null, "notes.txt", "gewoon een zip");
    }

    private static byte[] zip(boolean openDocument, String mediaType, String... namesAndTexts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (openDocument) {
                byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(type.length);
                CRC32 crc = new CRC32();
                crc.update(type);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(type);
                zip.closeEntry();
            }
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
