package vn.renluyen.search;

/** One result: what it is, where, its title, and a snippet of escaped text where only <mark> is markup. */
public record SearchHit(String type, String slug, String title, String snippet, String url, float score) {
}
