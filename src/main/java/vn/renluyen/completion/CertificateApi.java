package vn.renluyen.completion;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/certificates/{code} → {"code", "holderName", "course", "completedOn", "contentVersion",
 * "issuedBy"} for a valid online-completion confirmation. Anonymous. Unknown, malformed and revoked
 * codes all get the same 404 problem+json, so the API does not tell which codes once existed.
 */
@RestController
class CertificateApi {

    private final Confirmations confirmations;

    CertificateApi(Confirmations confirmations) {
        this.confirmations = confirmations;
    }

    @GetMapping(path = "/api/certificates/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> certificate(@PathVariable("code") String code) {
        return confirmations.verify(code)
                .<ResponseEntity<?>>map(c -> ResponseEntity.ok(new Body(c.code(), c.holderName(), c.course(),
                        c.completedOn().toString(), c.contentVersion(), c.issuedBy())))
                .orElseGet(CertificateApi::notFound);
    }

    private static ResponseEntity<ProblemDetail> notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Không có xác nhận hoàn thành học trực tuyến còn hiệu lực với mã này.");
        problem.setTitle("Không tìm thấy xác nhận");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** completedOn is ISO yyyy-MM-dd. */
    record Body(String code, String holderName, String course, String completedOn, String contentVersion,
            String issuedBy) {
    }
}
