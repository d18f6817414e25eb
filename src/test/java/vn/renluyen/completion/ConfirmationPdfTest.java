package vn.renluyen.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class ConfirmationPdfTest {

    private static final String HOLDER = "Nguyễn Thị Thuỷ Hằng";
    private static final String COURSE = "Bồi dưỡng nhận thức về Đảng";
    private static final String CODE = "RL-7K2M-9QXD-44TP";
    private static final String VERIFY_URL = "https://renluyen.hoaan.edu.vn/xac-minh/" + CODE;
    // About 200 characters: wider than the text column several times over
    private static final String LONG_COURSE = "Bồi dưỡng lý luận chính trị và nghiệp vụ công tác Đảng dành cho "
            + "đảng viên mới, cán bộ chi bộ và đoàn viên ưu tú của Trường Trung học phổ thông Hoà An, "
            + "năm học hai nghìn không trăm hai mươi sáu";
    private static final Instant NOW = Instant.parse("2026-11-05T03:15:00Z");

    private final ConfirmationPdf pdf = new ConfirmationPdf(Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh")));

    @Test
    void printsHolderCourseDateCodeAndNoteWithEveryDiacritic() throws IOException {
        assertThat(Normalizer.isNormalized(HOLDER + COURSE, Normalizer.Form.NFC)).as("test data in NFC").isTrue();
        try (PDDocument document = Loader.loadPDF(pdf.render(sheet(HOLDER, COURSE)))) {
            String text = nfc(new PDFTextStripper().getText(document));

            assertThat(text).contains("XÁC NHẬN HOÀN THÀNH HỌC TRỰC TUYẾN", "RènLuyện", "Người học:", HOLDER, COURSE,
                    "Ngày hoàn thành: 05/11/2026", "Nội dung: phiên bản 2026-12-01.3",
                    "Đơn vị xác nhận: Cổng RènLuyện · Đảng bộ Trường THPT Hoà An", "Mã xác minh: " + CODE,
                    "không thay thế giấy chứng nhận do trung tâm chính trị cấp.");
            assertThat(text.replaceAll("/\\R", "/")).as("address under the QR code, broken only before the code")
                    .contains(VERIFY_URL);
        }
    }

    @Test
    void decomposedInputIsDrawnAsPrecomposedLetters() throws IOException {
        String decomposed = Normalizer.normalize(HOLDER, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(HOLDER);

        try (PDDocument document = Loader.loadPDF(pdf.render(sheet(decomposed, COURSE)))) {
            // Not normalized here: the glyphs on the page themselves must be the precomposed letters
            assertThat(new PDFTextStripper().getText(document)).contains(HOLDER);
        }
    }

    @Test
    void isOneLandscapeA4PageDescribedForViewers() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(sheet(HOLDER, COURSE)))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(page.getHeight()).isEqualTo(PDRectangle.A4.getWidth());

            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Xác nhận hoàn thành học trực tuyến: " + COURSE);
            assertThat(info.getAuthor()).isEqualTo("RènLuyện");
            assertThat(info.getSubject()).contains(CODE);
            assertThat(info.getCreationDate().toInstant()).isEqualTo(NOW);
        }
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(sheet(HOLDER, COURSE)))) {
            List<PDFont> fonts = fonts(document.getPage(0));

            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("+DejaVuSerif"); // the "ABCDEF+" tag of a subset
            });
        }
    }

    @Test
    void qrCodeOpensTheVerificationPage() throws Exception {
        assertThat(decodeQrCode(pdf.render(sheet(HOLDER, COURSE)))).isEqualTo(VERIFY_URL);
    }

    @Test
    void longCourseTitleWrapsWithinThePage() throws Exception {
        assertThat(LONG_COURSE.length()).isBetween(190, 210);
        byte[] rendered = pdf.render(sheet(HOLDER, LONG_COURSE));

        try (PDDocument document = Loader.loadPDF(rendered)) {
            String text = nfc(new PDFTextStripper().getText(document));
            assertThat(text).as("wrapped onto several lines").doesNotContain(LONG_COURSE);
            assertThat(text.replaceAll("\\s+", " ")).as("every word, in order").contains(LONG_COURSE);

            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(glyphs(document)).hasSizeGreaterThan(LONG_COURSE.length()).allSatisfy(glyph -> {
                String what = "'" + glyph.getUnicode() + "' at " + glyph.getXDirAdj() + ", " + glyph.getYDirAdj();
                // Inside the printed frame, 24 pt from each edge; y is measured down from the top to the baseline
                assertThat(glyph.getXDirAdj()).as(what).isGreaterThanOrEqualTo(24);
                assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as(what)
                        .isLessThanOrEqualTo(page.getWidth() - 24);
                assertThat(glyph.getYDirAdj() - glyph.getHeightDir()).as(what).isGreaterThanOrEqualTo(24);
                assertThat(glyph.getYDirAdj()).as(what).isLessThanOrEqualTo(page.getHeight() - 24);
            });
        }
        assertThat(decodeQrCode(rendered)).as("the title stays clear of the QR code").isEqualTo(VERIFY_URL);
    }

    @Test
    void refusesTextThatCannotFitOnOnePage() {
        String endless = (LONG_COURSE + " ").repeat(15);

        assertThatThrownBy(() -> pdf.render(sheet(HOLDER, endless)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(HOLDER);
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarksInsteadOfFailing() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(sheet("Hằng \uD83C\uDF38 Nguyễn", COURSE)))) {
            assertThat(nfc(new PDFTextStripper().getText(document))).contains("Hằng ? Nguyễn");
        }
    }

    @Test
    void sheetRefusesAQrCodeForAnotherCode() {
        assertThatThrownBy(() -> new ConfirmationSheet(HOLDER, COURSE, LocalDate.of(2026, 11, 5), "phiên bản 1",
                "Cổng RènLuyện", CODE, "https://renluyen.hoaan.edu.vn/xac-minh/RL-0000-0000-0000"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ConfirmationSheet sheet(String holder, String course) {
        return new ConfirmationSheet(holder, course, LocalDate.of(2026, 11, 5), "phiên bản 2026-12-01.3",
                "Cổng RènLuyện · Đảng bộ Trường THPT Hoà An", CODE, VERIFY_URL);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        var recorder = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition glyph) {
                glyphs.add(glyph);
                super.processTextPosition(glyph);
            }
        };
        recorder.getText(document);
        return glyphs;
    }

    /** Reads the QR code the way a phone camera would: from pixels, anywhere on the page. */
    private static String decodeQrCode(byte[] rendered) throws Exception {
        try (PDDocument document = Loader.loadPDF(rendered)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            int width = image.getWidth();
            int height = image.getHeight();
            int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
        }
    }
}
