package vn.renluyen.members.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.members.Member;

@PortalIntegrationTest
class MemberAccountsViewIT extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("bithu")
    void aSecretarySeesOnlyTheirBranchAndGivesAMemberAnAccount() {
        MemberAccountsView view = navigate(MemberAccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<Member> grid = find(Grid.class, view).single();
        List<String> names = names(grid);
        assertThat(names).contains("Đặng Quốc Huy", "Nguyễn Văn An", "Trần Thị Hằng")
                .doesNotContain("Trịnh Văn Tùng", "Vũ Đình Khoa");

        int huy = names.indexOf("Đặng Quốc Huy");
        assertThat(cellText(grid, huy)).contains("quanchung");
        assertThat(button(grid, huy).getText()).isEqualTo("Cấp lại mật khẩu");

        int binh = names.indexOf("Lê Văn Bình");
        Button create = button(grid, binh);
        assertThat(create.getText()).isEqualTo("Cấp tài khoản");
        test(create).click();

        Dialog dialog = find(Dialog.class).last();
        test(find(TextField.class, dialog).single()).setValue("levanbinh");
        test(find(Button.class, dialog).withText("Lưu").single()).click();

        Dialog shown = find(Dialog.class).last();
        assertThat(shown.getHeaderTitle()).isEqualTo("Mật khẩu tạm thời");
        String temporary = find(Span.class, shown).withClassName("temporary-password").single().getText();
        assertThat(temporary).hasSize(14);
        assertThat(cellText(grid, names(grid).indexOf("Lê Văn Bình"))).contains("levanbinh");
    }

    private Button button(Grid<Member> grid, int row) {
        return find(Button.class, test(grid).getCellComponent(row, 1)).single();
    }

    private String cellText(Grid<Member> grid, int row) {
        return test(grid).getCellComponent(row, 1).getElement().getTextRecursively();
    }

    private List<String> names(Grid<Member> grid) {
        return IntStream.range(0, test(grid).size()).map(i -> i).mapToObj(i -> test(grid).getRow(i))
                .map(m -> m.getFamilyMiddleName() + " " + m.getGivenName()).toList();
    }
}
