package vn.renluyen.members.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.members.Organization;
import vn.renluyen.members.OrganizationRows.Row;
import vn.renluyen.members.OrganizationService;
import vn.renluyen.members.OrganizationType;

/** The tree page as a secretary and an administrator use it, without a browser. */
@PortalIntegrationTest
class OrganizationsViewIT extends SpringBrowserlessTest {

    private static final String SCHOOL = "Đảng bộ Trường Trung học phổ thông Hoà An";

    @Autowired
    OrganizationService organizations;

    @Test
    @WithUserDetails("bithu")
    void aSecretarySeesTheirSubtreeAndRenamesACellThroughTheDialog() {
        long school = schoolId();
        Organization cell = organizations.create("Chi bộ Thể dục", OrganizationType.CELL, school);

        OrganizationsView view = navigate(OrganizationsView.class);
        TreeGrid<Row> grid = grid(view);
        assertThat(names(grid)).contains(SCHOOL, "Chi bộ Giáo viên", "Chi bộ Hành chính - Phục vụ", "Chi bộ Thể dục")
                .doesNotContain("Chi bộ thôn Đông Hoà", "Đảng bộ xã Hoà An");
        assertThat(names(grid).getFirst()).isEqualTo(SCHOOL);
        assertThat(test(grid).getCellComponent(names(grid).indexOf("Chi bộ Thể dục"), 0).getElement()
                .getTextRecursively()).contains("Chi bộ Thể dục", "Chi bộ · 0 hồ sơ");
        assertThat(items(grid, names(grid).indexOf(SCHOOL))).containsExactly("Thêm tổ chức trực thuộc");
        assertThat(find(Button.class).withText("Thêm tổ chức cấp trên cùng").exists()).isFalse();

        click(grid, names(grid).indexOf("Chi bộ Thể dục"), "Đổi tên");
        Dialog dialog = find(Dialog.class).last();
        TextField name = find(TextField.class, dialog).single();
        assertThat(name.getValue()).isEqualTo("Chi bộ Thể dục");
        test(name).setValue(" ");
        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Cần nhập tên tổ chức đảng.");

        test(name).setValue("Chi bộ Thể dục - Quốc phòng");
        test(find(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(names(grid)).contains("Chi bộ Thể dục - Quốc phòng").doesNotContain("Chi bộ Thể dục");
        assertThat(organizations.get(cell.getId()).getName()).isEqualTo("Chi bộ Thể dục - Quốc phòng");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesEveryBranchAndDissolvesAnEmptyCellAfterGivingAReason() {
        Organization cell = organizations.create("Chi bộ Căng tin", OrganizationType.CELL, schoolId());

        OrganizationsView view = navigate(OrganizationsView.class);
        TreeGrid<Row> grid = grid(view);
        assertThat(names(grid)).contains(SCHOOL, "Chi bộ thôn Đông Hoà", "Đảng bộ xã Hoà An", "Chi bộ Căng tin");
        assertThat(find(Button.class).withText("Thêm tổ chức cấp trên cùng").exists()).isTrue();

        click(grid, names(grid).indexOf("Chi bộ Căng tin"), "Giải thể");
        Dialog dialog = find(Dialog.class).last();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Giải thể Chi bộ Căng tin");
        Button dissolve = find(Button.class, dialog).withText("Giải thể").single();
        test(dissolve).click();
        TextArea reason = find(TextArea.class, dialog).single();
        assertThat(reason.getErrorMessage()).isEqualTo("Cần nhập lý do giải thể (căn cứ quyết định).");

        test(reason).setValue("Quyết định 15-QĐ/ĐU về giải thể chi bộ");
        test(dissolve).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(names(grid)).doesNotContain("Chi bộ Căng tin").contains(SCHOOL);
    }

    private long schoolId() {
        return organizations.manageable().stream().filter(o -> o.getName().equals(SCHOOL)).findFirst()
                .orElseThrow().getId();
    }

    @SuppressWarnings("unchecked")
    private TreeGrid<Row> grid(OrganizationsView view) {
        return find(TreeGrid.class, view).single();
    }

    private List<String> names(TreeGrid<Row> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).organization().getName())
                .toList();
    }

    private List<MenuItem> menu(TreeGrid<Row> grid, int row) {
        MenuBar menu = find(MenuBar.class, test(grid).getCellComponent(row, 1)).single();
        return menu.getItems().getFirst().getSubMenu().getItems();
    }

    private List<String> items(TreeGrid<Row> grid, int row) {
        return menu(grid, row).stream().map(MenuItem::getText).toList();
    }

    private void click(TreeGrid<Row> grid, int row, String item) {
        MenuBar menu = find(MenuBar.class, test(grid).getCellComponent(row, 1)).single();
        test(MenuBarTester.class, menu).clickItem(0, items(grid, row).indexOf(item));
    }
}
