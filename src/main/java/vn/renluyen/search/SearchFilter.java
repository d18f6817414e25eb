package vn.renluyen.search;

import java.util.Set;

/** What narrows a search: types (module, story, article), a course, a category (or field), a tag; blank means any. */
public record SearchFilter(Set<String> types, String course, String category, String tag) {

    public static final SearchFilter NONE = new SearchFilter(Set.of(), "", "", "");

    public SearchFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        course = course == null ? "" : course;
        category = category == null ? "" : category;
        tag = tag == null ? "" : tag;
    }

    public boolean isEmpty() {
        return types.isEmpty() && course.isEmpty() && category.isEmpty() && tag.isEmpty();
    }
}
