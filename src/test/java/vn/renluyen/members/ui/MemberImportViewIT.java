package vn.renluyen.members.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.members.MemberImportPreview.Row;

/** The import page as a secretary uses it: upload, read the problems, confirm, read the result. */
@PortalIntegrationTest
class MemberImportViewIT extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("bithu")
    void aSecretaryUploadsAFileSeesTheBadRowAndWritesTheValidOne() {
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        byte[] file = ("Họ và tên đệm;Tên;Ngày sinh;Trạng thái;Từ ngày;Tổ chức đảng\n"
                + "Phan Văn;Giao" + tag + ";12/03/1992;Đảng viên chính thức;19/05/2020;Chi bộ Giáo viên\n"
                + "Phan Thị;Lỗi" + tag + ";30/02/1993;Quần chúng ưu tú;01/09/2026;\n").getBytes(StandardCharsets.UTF_8);
        MemberImportView view = navigate(MemberImportView.class);
        assertThat(commitButtonShown(view)).isFalse();

        test(find(Upload.class, view).single()).upload("danh sách.csv", "text/csv", file);

        assertThat(find(Paragraph.class, view).withClassName("import-summary").single().getText())
                .isEqualTo("Tệp danh sách.csv: 2 dòng dữ liệu, 1 dòng hợp lệ, 1 dòng có lỗi.");
        @SuppressWarnings("unchecked")
        Grid<Row> grid = find(Grid.class, view).single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellComponent(0, 1).getElement().getTextRecursively())
                .contains("Phan Văn Giao" + tag, "Đảng viên chính thức · Chi bộ Giáo viên", "Hợp lệ");
        assertThat(test(grid).getCellComponent(1, 1).getElement().getTextRecursively())
                .endsWith("Ngày sinh: \"30/02/1993\" không phải ngày hợp lệ; hãy ghi theo dạng ngày/tháng/năm, "
                        + "ví dụ 05/09/1990.");
        test(find(Checkbox.class, view).withLabel("Chỉ hiện dòng có lỗi").single()).click();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).number()).isEqualTo(3);

        test(find(Button.class, view).withText("Ghi 1 dòng hợp lệ").single()).click();

        assertThat(find(Paragraph.class, view).withClassName("import-result").single().getText())
                .isEqualTo("Đã ghi 1 hồ sơ vào Đảng bộ Trường Trung học phổ thông Hoà An và các tổ chức trực thuộc.");
        assertThat(jdbc.queryForList("select o.name from member m join organization o on o.id = m.organization_id"
                + " where m.given_name like ?", String.class, "%" + tag)).containsExactly("Chi bộ Giáo viên");
        assertThat(commitButtonShown(view)).isFalse();
    }

    private boolean commitButtonShown(MemberImportView view) {
        return find(Button.class, view).all().stream().anyMatch(b -> b.getText().startsWith("Ghi ") && b.isVisible());
    }
}
