package vn.renluyen.search.bench;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The baselines on the benchmark's copy of the texts: FULLTEXT in natural-language mode (InnoDB,
 * accent-insensitive collation) and a substring LIKE. Both return the top ten URLs only (no total,
 * facets or snippets), which favours them against the portal's search, which computes all three.
 */
final class MariaDbSearch {

    private static final String FULLTEXT = "select url from bench_doc where match (title, body) against (? in natural "
            + "language mode) order by match (title, body) against (? in natural language mode) desc limit 10";
    private static final String LIKE = "select url from bench_doc where title like ? or body like ? limit 10";

    private final JdbcTemplate jdbc;

    MariaDbSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> fulltext(String query) {
        return jdbc.queryForList(FULLTEXT, String.class, query, query);
    }

    /** The whole query as one substring, as a naive search box would do it. */
    List<String> like(String query) {
        String pattern = "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.queryForList(LIKE, String.class, pattern, pattern);
    }
}
