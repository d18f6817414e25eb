package vn.renluyen.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A content folder written by a test, file by file, in a temporary directory. */
final class ContentFixture {

    final Path root;

    ContentFixture() {
        try {
            root = Files.createTempDirectory("rl-content");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture writeBytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture delete(String path) {
        try {
            Files.deleteIfExists(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String course(String title, String audience) {
        return "---\ntitle: " + title + "\naudience: " + audience + "\norder: 9\nperiods: 10\n"
                + "summary: Khoá học dùng để kiểm thử.\nreflection_paper: false\n---\nGiới thiệu khoá học.\n";
    }

    static String lesson(String title, int order, String body) {
        return "---\ntitle: " + title + "\norder: " + order + "\nperiods: 5\nsummary: Tóm tắt bài.\n"
                + "sources:\n  - Nghị quyết 21-NQ/TW (2022)\napproved:\n---\n" + body + "\n";
    }
}
