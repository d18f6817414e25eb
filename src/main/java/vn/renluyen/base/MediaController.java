package vn.renluyen.base;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /media/{id}/{variant}: an upload's bytes, for whoever the owning record's {@link MediaAccessPolicy}
 * lets read them. Unknown ids and variants, and media the reader may not see, all get the same 404
 * problem+json, so ids cannot be probed. Public media may be cached for a year: their bytes never change
 * (a new upload gets a new id). Spring answers 304 itself when If-None-Match carries the ETag.
 */
@RestController
class MediaController {

    static final String PUBLIC_CACHE = "public, max-age=31536000, immutable";
    static final String PRIVATE_CACHE = "private, no-store";

    private static final Logger log = LoggerFactory.getLogger(MediaController.class);

    private final MediaService media;
    private final MediaReaders readers;

    MediaController(MediaService media, MediaReaders readers) {
        this.media = media;
        this.readers = readers;
    }

    @GetMapping("/media/{id}/{variant}")
    ResponseEntity<?> download(@PathVariable String id, @PathVariable String variant) throws IOException {
        Optional<StoredMedia> found = parseId(id).flatMap(media::find);
        if (found.isEmpty() || !found.get().variants().contains(variant)) {
            return notFound();
        }
        StoredMedia stored = found.get();
        MediaAccess access = readers.accessTo(stored);
        if (access == MediaAccess.DENIED) {
            return notFound();
        }
        Optional<Resource> file = media.readVariant(stored.id(), variant);
        if (file.isEmpty()) {
            log.warn("Media {} has no file for variant {}", stored.id(), variant);
            return notFound();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.contentType()))
                .contentLength(file.get().contentLength())
                .eTag("\"" + stored.sha256() + "-" + variant + "\"")
                .header(HttpHeaders.CACHE_CONTROL, access == MediaAccess.PUBLIC ? PUBLIC_CACHE : PRIVATE_CACHE)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.contentDisposition(stored))
                .header("X-Content-Type-Options", "nosniff")
                // Opened on its own, the file may run nothing and load nothing.
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(file.get());
    }

    /** Anything else under /media is ours too, not a Vaadin route. */
    @GetMapping({"/media", "/media/", "/media/**"})
    ResponseEntity<ProblemDetail> unknown() {
        return notFound();
    }

    private static Optional<Long> parseId(String id) {
        return id.matches("[1-9][0-9]{0,17}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    private static ResponseEntity<ProblemDetail> notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Không có tệp này, hoặc bạn không có quyền xem tệp này.");
        problem.setTitle("Không tìm thấy tệp");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CACHE_CONTROL, PRIVATE_CACHE).body(problem);
    }
}
