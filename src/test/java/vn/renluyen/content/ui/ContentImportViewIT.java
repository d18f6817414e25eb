package vn.renluyen.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.content.ContentConflict;
import vn.renluyen.content.ContentImporter;
import vn.renluyen.curriculum.CourseCatalog;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialService;

@PortalIntegrationTest
class ContentImportViewIT extends SpringBrowserlessTest {

    @Autowired
    ContentImporter importer;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    EditorialService editorial;
    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("xuatban")
    void aPublisherSeesTheLastReportAndSettlesAConflictForTheFile() throws IOException {
        Path root = Files.createTempDirectory("rl-content-view");
        Path lesson = root.resolve("courses/thu-nghiem-man-hinh/01-bai.md");
        Files.createDirectories(lesson.getParent());
        Files.writeString(root.resolve("courses/thu-nghiem-man-hinh/course.md"),
                "---\ntitle: Khoá màn hình\naudience: member\n---\nGiới thiệu.\n");
        Files.writeString(lesson, "---\ntitle: Bài màn hình\norder: 1\n---\nBản đầu.\n");
        importer.importFrom(root, p -> { });
        long itemId = catalog.lesson("thu-nghiem-man-hinh", "bai").orElseThrow().entry().editorialItemId();
        Users.run(users, "bientap", () -> editorial.save(itemId, new Draft("Bài màn hình", "", "Bản sửa."), null));
        Files.writeString(lesson, "---\ntitle: Bài màn hình\norder: 1\n---\nBản tệp mới.\n");
        importer.importFrom(root, p -> { });

        ContentImportView view = navigate(ContentImportView.class);
        assertThat(find(Paragraph.class, view).withTextContaining("1 xung đột").exists()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<ContentConflict> conflicts = find(Grid.class, view).all().getLast();
        int row = -1;
        for (int i = 0; i < test(conflicts).size(); i++) {
            if (test(conflicts).getRow(i).getEditorialItemId() == itemId) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        Button take = find(Button.class, test(conflicts).getCellComponent(row, 1)).withText("Lấy bản trong tệp").single();
        test(take).click();

        assertThat(catalog.lesson("thu-nghiem-man-hinh", "bai").orElseThrow().text().html()).contains("Bản tệp mới.");
        for (int i = 0; i < test(conflicts).size(); i++) {
            assertThat(test(conflicts).getRow(i).getEditorialItemId()).isNotEqualTo(itemId);
        }
    }
}
