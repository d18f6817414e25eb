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
        assertThat(test(grid).getCellText(huy, 3)).isEqualTo("quanchung");
        assertThat(((Button) test(grid).getCellComponent(huy, 4)).getText()).isEqualTo("Cấp lại mật khẩu");

        int binh = names.indexOf("Lê Văn Bình");
        Button create = (Button) test(grid).getCellComponent(binh, 4);
        assertThat(create.getText()).isEqualTo("Cấp tài khoản");
        test(create).click();

        Dialog dialog = find(Dialog.class).last();
        test(find(TextField.class, dialog).single()).setValue("levanbinh");
        test(find(Button.class, dialog).withText("Lưu").single()).click();

        Dialog shown = find(Dialog.class).last();
        assertThat(shown.getHeaderTitle()).isEqualTo("Mật khẩu tạm thời");
        String temporary = find(Span.class, shown).withClassName("temporary-password").single().getText();
        assertThat(temporary).hasSize(14);
        assertThat(test(grid).getCellText(names(grid).indexOf("Lê Văn Bình"), 3)).isEqualTo("levanbinh");
    }

    private List<String> names(Grid<Member> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getCellText(i, 0)).toList();
    }
}
