package vn.renluyen.members.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.base.ui.ExportLinks;

/** The secretary's overview of their subtree: figures from members and completion, each exportable. */
@PortalIntegrationTest
class DashboardViewIT extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("bithu")
    void theSecretarySeesTheirSubtreeInFiguresWithExports() {
        DashboardView view = navigate(DashboardView.class);
        List<String> titles = find(H3.class, view).all().stream().map(H3::getText).toList();
        assertThat(titles).contains("Đảng viên, quần chúng theo trạng thái", "Bồi dưỡng nhận thức về Đảng",
                "Đảng viên dự bị chưa hoàn thành chương trình đảng viên mới",
                "Quần chúng ưu tú theo bước hồ sơ đã xong", "Đảng viên dự bị")
                .anyMatch(t -> t.startsWith("Kết nạp đảng viên năm "))
                .anyMatch(t -> t.startsWith("Kế hoạch phấn đấu, rèn luyện năm "))
                .anyMatch(t -> t.startsWith("Kết quả xếp loại chất lượng năm "));
        Div statuses = find(Div.class, view).withClassName("dashboard-card").all().getFirst();
        String text = statuses.getElement().getTextRecursively();
        assertThat(text).contains("Quần chúng ưu tú").contains("Tổng số hồ sơ:");
        assertThat(find(ExportLinks.class, view).all()).hasSize(titles.size());
    }

    @Test
    @WithUserDetails("dangvien")
    void aMemberCannotOpenTheDashboard() {
        UI.getCurrent().navigate("chi-bo/tong-quan");
        assertThat(find(H1.class).first().getText()).isEqualTo("Không có quyền truy cập");
    }
}
