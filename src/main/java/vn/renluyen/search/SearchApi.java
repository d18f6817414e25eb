package vn.renluyen.search;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.renluyen.base.SearchUnavailable;

/**
 * GET /api/search?q=&type=&limit= → {"total", "hits": [{type, slug, title, snippet, url, score}]}.
 * Anonymous, published content only. Bad input gets results, an empty list, or 400 problem+json; a failing
 * index 503 problem+json; never a stack trace.
 */
@RestController
class SearchApi {

    private static final Set<String> TYPES = Set.of("module", "story", "article");

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    @GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> search(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "limit", required = false) String limit) {
        int size;
        try {
            size = limit == null || limit.isBlank() ? 10 : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            return problem("limit phải là số nguyên từ 1 đến " + SearchService.MAX_LIMIT + ".");
        }
        if (size < 1 || size > SearchService.MAX_LIMIT) {
            return problem("limit phải là số nguyên từ 1 đến " + SearchService.MAX_LIMIT + ".");
        }
        String wantedType = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        if (!wantedType.isEmpty() && !TYPES.contains(wantedType)) {
            return problem("type phải là module, story hoặc article.");
        }
        SearchQuery query;
        try {
            query = SearchQuery.of(q);
        } catch (SearchQuery.QueryTooLong e) {
            return problem("Từ khoá dài quá " + SearchQuery.MAX_LENGTH + " ký tự.");
        }
        SearchResults results;
        try {
            results = search.search(query, wantedType.isEmpty() ? Set.of() : Set.of(wantedType), null, 0, size);
        } catch (SearchUnavailable unavailable) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "Chức năng tìm kiếm tạm thời gián đoạn; các trang vẫn đọc được. Vui lòng thử lại sau ít phút.");
            problem.setTitle("Tìm kiếm tạm thời không hoạt động");
            problem.setType(URI.create("about:blank"));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(new Body(results.total(), results.hits()));
    }

    private static ResponseEntity<ProblemDetail> problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Yêu cầu tìm kiếm không hợp lệ");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    record Body(long total, List<SearchHit> hits) {
    }
}
