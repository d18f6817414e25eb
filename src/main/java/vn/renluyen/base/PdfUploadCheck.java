package vn.renluyen.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PDF is stored byte for byte and opened by secretaries in their own viewers, so it must be one that a
 * viewer reads as pages only: one PDFBox can read, without a password, with at least one page and without
 * {@link PdfActiveContent}. Anything else is refused with a {@link MediaProblem}; the reason goes to the log
 * in general words (never names, text or bytes of the file).
 */
final class PdfUploadCheck {

    private static final Logger log = LoggerFactory.getLogger(PdfUploadCheck.class);

    /**
     * Readers look for the end marker in the last 1024 bytes (as Acrobat does); PDFBox would rebuild a cut-off
     * file from what is left of it, but an upload that broke off half-way is not the paper that was meant.
     */
    private static final int END_MARKER_WINDOW = 1024;
    private static final byte[] END_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Scratch memory for parsing; beyond it PDFBox uses a temporary file, up to the limit. */
    private static final long PARSE_MEMORY = 8L * 1024 * 1024;
    private static final long PARSE_STORAGE = 64L * 1024 * 1024;
    /**
     * A crafted 10 MB PDF of millions of tiny objects takes PDFBox about 450 MB and seconds to read (a real
     * paper takes a few MB), so only a few are read at once, as with images; the others wait their turn.
     */
    static final int PARALLEL_CHECKS = 2;
    private static final Semaphore checking = new Semaphore(PARALLEL_CHECKS, true);

    private PdfUploadCheck() {
    }

    static void check(byte[] pdf, String ownerType) {
        Optional<Refusal> refused;
        checking.acquireUninterruptibly();
        try {
            refused = refusal(pdf);
        } finally {
            checking.release();
        }
        refused.ifPresent(refusal -> {
            log.info("Refused a PDF upload for {}: {}", ownerType, refusal.reason());
            throw new MediaProblem(refusal.messageKey());
        });
    }

    record Refusal(String messageKey, String reason) {
        static Refusal damaged(String reason) {
            return new Refusal("media.error.damagedPdf", reason);
        }
    }

    static Optional<Refusal> refusal(byte[] pdf) {
        if (!endsWithEndMarker(pdf)) {
            return Optional.of(Refusal.damaged("no %%EOF in the last " + END_MARKER_WINDOW + " bytes (cut off)"));
        }
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMixed(PARSE_MEMORY, PARSE_STORAGE).streamCache)) {
            if (document.isEncrypted()) {
                // Opens without asking, yet copying or printing may be locked for the secretary: one rule and one
                // message (save a copy without protection) for every encrypted file.
                return Optional.of(new Refusal("media.error.encryptedPdf", "encrypted (owner password only)"));
            }
            if (document.getNumberOfPages() < 1) {
                return Optional.of(Refusal.damaged("no pages"));
            }
            return PdfActiveContent.find(document.getDocument())
                    .map(found -> new Refusal("media.error.activePdf", found));
        } catch (InvalidPasswordException e) {
            return Optional.of(new Refusal("media.error.encryptedPdf", "needs a password to open"));
        } catch (PdfActiveContent.TooComplex e) {
            return Optional.of(Refusal.damaged("too complex: " + e.getMessage()));
        } catch (IOException | RuntimeException e) {
            // Hostile input reaches corners of the parser that throw unchecked exceptions too: not readable.
            return Optional.of(Refusal.damaged("not readable by PDFBox (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private static boolean endsWithEndMarker(byte[] pdf) {
        int from = Math.max(0, pdf.length - END_MARKER_WINDOW);
        for (int i = pdf.length - END_MARKER.length; i >= from; i--) {
            if (Arrays.equals(pdf, i, i + END_MARKER.length, END_MARKER, 0, END_MARKER.length)) {
                return true;
            }
        }
        return false;
    }
}
