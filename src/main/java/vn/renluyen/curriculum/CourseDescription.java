package vn.renluyen.curriculum;

/** What course.md says about a course. */
public record CourseDescription(String title, Audience audience, int order, Integer periods, String summary,
        boolean reflectionPaper, String introduction) {
}
