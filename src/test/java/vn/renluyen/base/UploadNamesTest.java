package vn.renluyen.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The uploader's file name: kept for display, never trusted, and given back in safe download headers. */
class UploadNamesTest {

    @Test
    void theDisplayNameIsTheTypedNameWithoutFoldersOrInvisibleControls() {
        String decomposed = "Ho\u0300a An.jpg"; // "Hòa" typed with a combining grave accent
        assertThat(UploadInput.displayName(decomposed, "anh")).isEqualTo("Hòa An.jpg");
        assertThat(UploadInput.displayName("C:\\fakepath\\ảnh.png", "anh")).isEqualTo("ảnh.png");
        assertThat(UploadInput.displayName("../../etc/passwd", "anh")).isEqualTo("passwd");
        assertThat(UploadInput.displayName("anh\u202Egpj.exe", "anh")).isEqualTo("anhgpj.exe");
        assertThat(UploadInput.displayName("a\u0000b\nc.pdf", "anh")).isEqualTo("abc.pdf");
        assertThat(UploadInput.displayName("   ", "tai-lieu.pdf")).isEqualTo("tai-lieu.pdf");
        assertThat(UploadInput.displayName(null, "anh")).isEqualTo("anh");
        assertThat(UploadInput.displayName("😀".repeat(300), "anh")).hasSize(255 * 2);
    }

    @Test
    void downloadNamesHaveAnAsciiFallbackAndTheExactUtf8Name() {
        assertThat(DownloadNames.ascii("Đảng viên tiêu biểu 2026.pdf")).isEqualTo("Dang_vien_tieu_bieu_2026.pdf");
        assertThat(DownloadNames.ascii("\"; x=.pdf")).isEqualTo("x.pdf");
        assertThat(DownloadNames.ascii("...pdf")).isEqualTo("tep.pdf");
        assertThat(DownloadNames.ascii("Ảnh.pdf")).isEqualTo("Anh.pdf");
        assertThat(DownloadNames.ascii("日本.pdf")).isEqualTo("tep.pdf");
        assertThat(DownloadNames.rfc5987("a b*ế~.pdf")).isEqualTo("a%20b%2A%E1%BA%BF~.pdf");
    }

    @Test
    void theExtensionFollowsWhatIsDelivered() {
        assertThat(DownloadNames.contentDisposition(image("chân dung.jpg", "image/png")))
                .startsWith("inline; filename=\"chan_dung.png\"; filename*=UTF-8''ch%C3%A2n%20dung.png");
        assertThat(DownloadNames.contentDisposition(document("bao-cao")))
                .isEqualTo("attachment; filename=\"bao-cao.pdf\"; filename*=UTF-8''bao-cao.pdf");
    }

    private static StoredMedia image(String name, String contentType) {
        return new StoredMedia(1, MediaKind.IMAGE, contentType, name, 10, 10, 10, "0".repeat(64), "story", 1L,
                Instant.EPOCH, "system");
    }

    private static StoredMedia document(String name) {
        return new StoredMedia(1, MediaKind.DOCUMENT, "application/pdf", name, 10, null, null, "0".repeat(64),
                "member-file", 1L, Instant.EPOCH, "system");
    }
}
