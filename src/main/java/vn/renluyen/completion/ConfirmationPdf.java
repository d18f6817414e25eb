package vn.renluyen.completion;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Renders a {@link ConfirmationSheet} as a one-page landscape A4 PDF with a QR code to its verification page. */
public final class ConfirmationPdf {

    private static final String PORTAL = "RènLuyện";
    private static final String TITLE = "XÁC NHẬN HOÀN THÀNH HỌC TRỰC TUYẾN";
    private static final String NOTE = "Văn bản này là xác nhận học trực tuyến của cổng RènLuyện, "
            + "không thay thế giấy chứng nhận do trung tâm chính trị cấp.";

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 60;
    private static final float QR_SIDE = 150; // about 53 mm, easy for a phone camera to read from paper
    private static final float QR_COLUMN = 190; // wider than the code, for the address printed under it
    private static final float GUTTER = 36;
    // A long name or course title first shrinks the body text, step by step, before it may not fit at all
    private static final float[] BODY_SCALES = {1f, 0.9f, 0.8f, 0.7f, 0.6f};
    private static final Color ACCENT = new Color(0x9B, 0x1C, 0x1C);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Clock clock;

    public ConfirmationPdf() {
        this(Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    public ConfirmationPdf(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws IllegalArgumentException if the name, title or address cannot fit the page even in smaller type */
    public byte[] render(ConfirmationSheet sheet) {
        try (var document = new PDDocument()) {
            describe(document, sheet);
            var page = new PDPage(PAGE);
            document.addPage(page);
            PDFont regular = loadFont(document, "DejaVuSerif.ttf");
            PDFont bold = loadFont(document, "DejaVuSerif-Bold.ttf");
            try (var content = new PDPageContentStream(document, page)) {
                drawPage(content, sheet, regular, bold);
            }
            var pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            // The message leaves the sheet out: it holds a person's name, which must not reach the logs
            throw new UncheckedIOException("Cannot render a confirmation PDF", e);
        }
    }

    private void describe(PDDocument document, ConfirmationSheet sheet) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Xác nhận hoàn thành học trực tuyến: " + TextLines.normalize(sheet.courseTitle()));
        info.setAuthor(PORTAL);
        info.setCreator(PORTAL);
        info.setSubject("Xác nhận hoàn thành học trực tuyến, mã xác minh " + sheet.code());
        info.setCreationDate(GregorianCalendar.from(ZonedDateTime.now(clock)));
        document.getDocumentCatalog().setLanguage("vi");
    }

    private static void drawPage(PDPageContentStream content, ConfirmationSheet sheet, PDFont regular, PDFont bold)
            throws IOException {
        drawFrame(content);
        float top = drawHeading(content, bold) - 36;
        float bottom = drawNote(content, regular) + 24;
        float qrLeft = PAGE.getWidth() - MARGIN - QR_COLUMN;
        drawQrColumn(content, sheet.verifyUrl(), regular, qrLeft, top, top - bottom);

        float width = qrLeft - GUTTER - MARGIN;
        for (TextBlock block : fitBody(body(sheet, regular, bold), width, top - bottom)) {
            top = block.drawLeft(content, MARGIN, top);
        }
    }

    /** Returns where the heading ends. */
    private static float drawHeading(PDPageContentStream content, PDFont bold) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        content.setNonStrokingColor(ACCENT);
        TextBlock portal = TextBlock.layOut(PORTAL, bold, 14, 0, width);
        float top = portal.drawCentred(content, MARGIN, PAGE.getHeight() - MARGIN, width);
        top = TextBlock.layOut(TITLE, bold, 24, 6, width).drawCentred(content, MARGIN, top, width);
        content.moveTo(PAGE.getWidth() / 2 - 90, top - 10);
        content.lineTo(PAGE.getWidth() / 2 + 90, top - 10);
        content.stroke();
        return top;
    }

    /** Sets the note on the bottom margin and returns where it starts. */
    private static float drawNote(PDPageContentStream content, PDFont regular) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        TextBlock note = TextBlock.layOut(NOTE, regular, 10, 0, width);
        content.setNonStrokingColor(Color.DARK_GRAY);
        note.drawCentred(content, MARGIN, MARGIN + note.height(), width);
        return MARGIN + note.height();
    }

    private static void drawQrColumn(PDPageContentStream content, String verifyUrl, PDFont regular, float left,
            float top, float height) throws IOException {
        // The address breaks before the code, never inside it, so that it can be typed from paper
        int codeStart = verifyUrl.lastIndexOf('/') + 1;
        TextBlock site = TextBlock.layOut(verifyUrl.substring(0, codeStart), regular, 8, 6, QR_COLUMN);
        TextBlock code = TextBlock.layOut(verifyUrl.substring(codeStart), regular, 8, 0, QR_COLUMN);
        if (QR_SIDE + site.height() + code.height() > height) {
            throw new IllegalArgumentException("The verification address is too long to print under its QR code");
        }
        content.setNonStrokingColor(Color.BLACK);
        QrCode.draw(content, vn.renluyen.base.QrCodes.encode(verifyUrl), left + (QR_COLUMN - QR_SIDE) / 2, top - QR_SIDE, QR_SIDE);
        code.drawCentred(content, left, site.drawCentred(content, left, top - QR_SIDE, QR_COLUMN), QR_COLUMN);
    }

    private static List<Paragraph> body(ConfirmationSheet sheet, PDFont regular, PDFont bold) {
        return List.of(
                new Paragraph("Người học:", regular, 12, 0),
                new Paragraph(sheet.holderName(), bold, 22, 2),
                new Paragraph("đã hoàn thành chương trình học trực tuyến:", regular, 12, 14),
                new Paragraph(sheet.courseTitle(), bold, 17, 2),
                new Paragraph("Ngày hoàn thành: " + DAY.format(sheet.completedOn()), regular, 12, 20),
                new Paragraph("Nội dung: " + sheet.contentVersion(), regular, 12, 4),
                new Paragraph("Đơn vị xác nhận: " + sheet.issuedBy(), regular, 12, 4),
                new Paragraph("Mã xác minh: " + sheet.code(), bold, 12, 4));
    }

    private static List<TextBlock> fitBody(List<Paragraph> paragraphs, float width, float height) throws IOException {
        for (float scale : BODY_SCALES) {
            List<TextBlock> blocks = new ArrayList<>();
            for (Paragraph paragraph : paragraphs) {
                blocks.add(TextBlock.layOut(paragraph.text(), paragraph.font(), paragraph.size() * scale,
                        paragraph.spaceBefore() * scale, width));
            }
            if (blocks.stream().mapToDouble(TextBlock::height).sum() <= height) {
                return blocks;
            }
        }
        throw new IllegalArgumentException("The holder's name and course title are too long for one page");
    }

    private static void drawFrame(PDPageContentStream content) throws IOException {
        content.setStrokingColor(ACCENT);
        content.setLineWidth(1.5f);
        content.addRect(24, 24, PAGE.getWidth() - 48, PAGE.getHeight() - 48);
        content.stroke();
        content.setLineWidth(0.5f);
        content.addRect(29, 29, PAGE.getWidth() - 58, PAGE.getHeight() - 58);
        content.stroke();
    }

    private static PDFont loadFont(PDDocument document, String file) throws IOException {
        // Shipped with the portal (fonts/README.md): a server's system fonts may lack Vietnamese or be absent
        try (InputStream font = ConfirmationPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (font == null) {
                throw new IllegalStateException("Font missing from the classpath: /fonts/" + file);
            }
            return PDType0Font.load(document, font, true); // subset: kilobytes per PDF instead of 380 kB
        }
    }

    /** A body paragraph at full size, before it is scaled down to fit. */
    private record Paragraph(String text, PDFont font, float size, float spaceBefore) {
    }
}
