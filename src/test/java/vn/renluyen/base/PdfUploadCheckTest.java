package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.renluyen.TestPdfs;

/** What a PDF may carry to be stored and opened by a secretary: pages, text, links, an outline; nothing that acts. */
class PdfUploadCheckTest {

    @Test
    void aPlainPdfAndOneWithLinksAndAnOutlinePass() {
        assertThatCode(() -> PdfUploadCheck.check(TestPdfs.onePage("Bai thu hoach"), "test")).doesNotThrowAnyException();
        assertThatCode(() -> PdfUploadCheck.check(HostilePdfs.withLinksAndOutline(), "test")).doesNotThrowAnyException();
    }

    @Test
    void openActionJavaScriptIsRefused() {
        byte[] pdf = HostilePdfs.openActionJavaScript();
        assertThat(TestImages.contains(pdf, "JavaScript".getBytes(StandardCharsets.US_ASCII)))
                .as("saved in a compressed object stream, the script is not in the raw bytes").isFalse();
        assertRefused(pdf, "media.error.activePdf", "JavaScript");
    }

    @Test
    void anEmbeddedFileIsRefused() {
        assertRefused(HostilePdfs.embeddedFile(), "media.error.activePdf", "embedded file");
    }

    @Test
    void aLaunchActionIsRefused() {
        assertRefused(HostilePdfs.launchAction(), "media.error.activePdf", "Launch action");
    }

    static Stream<Arguments> otherActiveContent() {
        return HostilePdfs.others().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherActiveContent")
    void everyOtherKindOfActiveOrHiddenContentIsRefused(String what, byte[] pdf) {
        assertThat(PdfUploadCheck.refusal(pdf)).as(what).hasValueSatisfying(
                refusal -> assertThat(refusal.messageKey()).isEqualTo("media.error.activePdf"));
    }

    @Test
    void encryptedPdfsAreRefusedAskingForOneWithoutAPassword() {
        assertRefused(HostilePdfs.encrypted("mat-khau"), "media.error.encryptedPdf", "password");
        assertRefused(HostilePdfs.encrypted(""), "media.error.encryptedPdf", "owner password only");
    }

    @Test
    void garbageAfterAValidHeaderIsRefusedAsDamaged() {
        byte[] garbage = new byte[20_000];
        new Random(42).nextBytes(garbage);
        byte[] pdf = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), garbage,
                "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertRefused(pdf, "media.error.damagedPdf", "not readable");
        assertRefused("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "media.error.damagedPdf", "");
    }

    /** PDFBox alone would rebuild this one from what is left: the missing end marker is what tells. */
    @Test
    void aPdfCutOffBeforeItsEndIsRefusedAsDamaged() {
        byte[] whole = TestPdfs.onePage("Bai thu hoach ".repeat(20));
        assertRefused(Arrays.copyOf(whole, whole.length * 3 / 4), "media.error.damagedPdf", "cut off");
        assertRefused(Arrays.copyOf(whole, whole.length / 4), "media.error.damagedPdf", "cut off");
    }

    @Test
    void aPdfWithoutPagesIsRefusedAsDamaged() {
        try (PDDocument document = new PDDocument()) {
            assertRefused(TestPdfs.bytes(document), "media.error.damagedPdf", "no pages");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void arraysNestedDeeperThanTheParserGoesAreRefusedAsDamaged() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertRefused(pdfWithCatalogEntry(deep), "media.error.damagedPdf", "not readable");
        assertThat(PdfUploadCheck.refusal(pdfWithCatalogEntry("[[1] [2]]"))).as("the same file, nested a little").isEmpty();
    }

    @Test
    void aPdfWithMoreObjectsThanAnyPaperIsRefusedWithoutWalkingThemAll() {
        String many = "[" + "[]".repeat(PdfActiveContent.MAX_CONTAINERS + 1) + "]";
        assertRefused(pdfWithCatalogEntry(many), "media.error.damagedPdf", "too complex");
    }

    private static byte[] pdfWithCatalogEntry(String value) {
        return ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X " + value + " >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static void assertRefused(byte[] pdf, String messageKey, String reason) {
        assertThat(PdfUploadCheck.refusal(pdf)).hasValueSatisfying(refusal -> {
            assertThat(refusal.messageKey()).isEqualTo(messageKey);
            assertThat(refusal.reason()).contains(reason);
        });
        assertThatThrownBy(() -> PdfUploadCheck.check(pdf, "test")).isInstanceOfSatisfying(MediaProblem.class,
                p -> assertThat(p.messageKey()).isEqualTo(messageKey));
    }

    private static byte[] concat(byte[]... parts) {
        byte[] all = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
