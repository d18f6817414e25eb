package vn.renluyen.publishing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.publishing.Draft;
import vn.renluyen.publishing.EditorialItem;
import vn.renluyen.publishing.EditorialService;
import vn.renluyen.publishing.EditorialState;
import vn.renluyen.publishing.ItemKind;

/** The worklist and the editor without a browser, as an editor and as a publisher. */
@PortalIntegrationTest
class EditorViewIT extends SpringBrowserlessTest {

    @Autowired
    EditorialService editorial;
    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("bientap")
    void anEditorSeesTheLivePreviewSavesAndSubmits() {
        long id = create("Sinh hoạt chi bộ chuyên đề", "Đoạn mở đầu.");
        EditorView view = open(id);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Biên tập nội dung");
        assertThat(visibleButtons()).containsExactly("Lưu", "Gửi duyệt");

        test(body()).setValue("## Mục tiêu học tập\n\nNắm vững **nguyên tắc** tập trung dân chủ.");
        String html = preview().getElement().getProperty("innerHTML");
        assertThat(html).contains("<h2 id=\"muc-tieu-hoc-tap\">Mục tiêu học tập</h2>")
                .contains("<strong>nguyên tắc</strong>");

        test(find(TextField.class, view).withPlaceholder("Ghi chú cho lần lưu này (không bắt buộc)").single())
                .setValue("thêm mục tiêu");
        click("Lưu");
        assertThat(lastNotification()).isEqualTo("Đã lưu phiên bản 2.");
        click("Lưu");
        assertThat(lastNotification()).isEqualTo("Nội dung chưa thay đổi so với phiên bản đã lưu.");

        click("Gửi duyệt");
        assertThat(lastNotification()).startsWith("Đã gửi duyệt.");
        EditorialItem item = as("bientap", () -> editorial.get(id));
        assertThat(item.getState()).isEqualTo(EditorialState.IN_REVIEW);
        assertThat(item.getLatestRevision()).isEqualTo(2);
        assertThat(as("bientap", () -> editorial.revision(id, 2)).getNote()).isEqualTo("thêm mục tiêu");
        assertThat(statusText()).contains("Chờ duyệt").contains("Chưa xuất bản").contains("r2");
        assertThat(visibleButtons()).containsExactly("Lưu");
    }

    @Test
    @WithUserDetails("xuatban")
    void aPublisherFindsTheItemUnderInReviewPublishesAndRestoresAnOldRevision() {
        long id = create("Gương sáng ở chi bộ thôn Đông", "Dòng một\nDòng hai");
        Users.run(users, "bientap", () -> {
            editorial.save(id, new Draft("Gương sáng ở chi bộ thôn Đông", "Tóm tắt", "Dòng một\nDòng hai mới"), null);
            editorial.submit(id);
        });

        WorklistView worklist = navigate(WorklistView.class);
        @SuppressWarnings("unchecked")
        Select<EditorialState> state = find(Select.class, worklist).single();
        assertThat(state.getValue()).isEqualTo(EditorialState.IN_REVIEW);
        @SuppressWarnings("unchecked")
        Grid<EditorialItem> grid = find(Grid.class, worklist).single();
        int row = rowOf(grid, id);
        assertThat(test(grid).getCellComponent(row, 1).getElement().getTextRecursively())
                .contains("Chờ duyệt").contains("Chưa xuất bản");
        test(grid).select(row);
        assertThat(getCurrentView()).isInstanceOf(EditorView.class);
        assertThat(visibleButtons()).containsExactly("Lưu", "Xuất bản", "Hẹn giờ", "Trả lại", "Lưu trữ");

        click("Xuất bản");
        assertThat(lastNotification()).isEqualTo("Đã xuất bản phiên bản 2.");
        assertThat(statusText()).contains("Đã xuất bản").contains("Bản công khai: r2").contains("Đã thẩm định");
        assertThat(as("xuatban", () -> editorial.get(id)).getPublishedRevision()).isEqualTo(2);

        test(find(TabSheet.class).single()).select("Lịch sử");
        @SuppressWarnings("unchecked")
        Grid<vn.renluyen.publishing.Revision> history = find(Grid.class, find(HistoryPanel.class).single()).single();
        assertThat(test(history).size()).isEqualTo(2);
        assertThat(test(history).getCellComponent(0, 0).getElement().getTextRecursively())
                .contains("Phiên bản 2").contains("đang công khai").contains("bientap");
        test(history).select(1);
        Div diff = find(Div.class).withClassName("diff").single();
        // From the selected revision 1 to the newest, 2: what 2 added, what it dropped.
        assertThat(find(Div.class, diff).withClassName("diff-removed").all()).extracting(Div::getText)
                .containsExactly("- Dòng hai");
        assertThat(find(Div.class, diff).withClassName("diff-added").all()).extracting(Div::getText)
                .containsExactly("+ Dòng hai mới");
        click("Khôi phục phiên bản này");
        assertThat(lastNotification()).isEqualTo("Đã khôi phục phiên bản 1 thành phiên bản mới 3.");
        assertThat(test(history).size()).isEqualTo(3);
        assertThat(body().getValue()).isEqualTo("Dòng một\nDòng hai");
        assertThat(statusText()).contains("Bản nháp").contains("Bản công khai: r2");
    }

    @Test
    @WithUserDetails("xuatban")
    void returningNeedsACommentWhichTheAuthorThenSees() {
        long id = create("Tin hội nghị", "Nội dung");
        Users.run(users, "bientap", () -> editorial.submit(id));
        open(id);

        click("Trả lại");
        Dialog dialog = find(Dialog.class).last();
        test(find(Button.class, dialog).withText("Trả lại").single()).click();
        TextArea comment = find(TextArea.class, dialog).single();
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Khi trả lại bài, cần ghi nhận xét cho người viết.");
        assertThat(dialog.isOpened()).isTrue();

        test(comment).setValue("Cần ghi rõ thời gian, địa điểm hội nghị.");
        test(find(Button.class, dialog).withText("Trả lại").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Đã trả lại bài cho người viết kèm nhận xét.");
        Div reviewComment = find(Div.class).withClassName("review-comment").single();
        assertThat(reviewComment.isVisible()).isTrue();
        assertThat(reviewComment.getElement().getTextRecursively()).contains("Cần ghi rõ thời gian, địa điểm hội nghị.");
        assertThat(statusText()).contains("Bản nháp");
    }

    @Test
    @WithUserDetails("xuatban")
    void aPublisherSchedulesInThePortalTimeZone() {
        long id = create("Tin hẹn giờ", "Nội dung");
        open(id);
        click("Hẹn giờ");
        Dialog dialog = find(Dialog.class).last();
        DateTimePicker when = find(DateTimePicker.class, dialog).single();
        LocalDateTime past = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).withSecond(0).withNano(0);
        when.setMin(null);
        test(when).setValue(past);
        test(find(Button.class, dialog).withText("Hẹn giờ").single()).click();
        assertThat(when.getErrorMessage()).isEqualTo("Thời điểm hẹn xuất bản phải ở tương lai.");

        LocalDateTime future = past.plusDays(3).withHour(8).withMinute(0);
        test(when).setValue(future);
        test(find(Button.class, dialog).withText("Hẹn giờ").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        EditorialItem item = as("xuatban", () -> editorial.get(id));
        assertThat(item.getState()).isEqualTo(EditorialState.SCHEDULED);
        assertThat(item.getScheduledFor()).isEqualTo(future.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        String expected = future.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        assertThat(lastNotification()).isEqualTo("Đã hẹn xuất bản lúc " + expected + ".");
        assertThat(statusText()).contains("Hẹn xuất bản: " + expected);
    }

    @Test
    @WithUserDetails("xuatban")
    void archivingAsksFirst() {
        long id = create("Tin cũ", "Nội dung");
        open(id);
        click("Lưu trữ");
        ConfirmDialog confirm = find(ConfirmDialog.class).last();
        test(confirm).confirm();
        assertThat(as("xuatban", () -> editorial.get(id)).getState()).isEqualTo(EditorialState.ARCHIVED);
        assertThat(visibleButtons()).containsExactly("Lưu", "Xuất bản");
    }

    @Test
    @WithUserDetails("bientap")
    void anUnknownItemShowsTheNotFoundPage() {
        UI.getCurrent().navigate("bien-tap/987654321");
        assertThat(find(H1.class).first().getText()).isEqualTo("Không tìm thấy trang");
    }

    @Test
    @WithUserDetails("dangvien")
    void aMemberCannotOpenTheEditorialPages() {
        UI.getCurrent().navigate("bien-tap");
        assertThat(getCurrentView()).isNotInstanceOf(WorklistView.class);
        assertThat(find(H1.class).first().getText()).isEqualTo("Không có quyền truy cập");
        assertThat(find(Grid.class).exists()).isFalse();
    }

    private long create(String title, String body) {
        return as("bientap", () -> editorial.create(ItemKind.ARTICLE, new Draft(title, "Tóm tắt", body))).getId();
    }

    private EditorView open(long id) {
        return navigate(EditorView.class, Map.of(EditorView.ITEM_ID, String.valueOf(id)));
    }

    private TextArea body() {
        return find(TextArea.class).withClassName("markdown-source").single();
    }

    private Div preview() {
        return find(Div.class).withClassName("markdown-preview").single();
    }

    private String statusText() {
        return find(Div.class).withClassName("editor-status").single().getElement().getTextRecursively();
    }

    private List<String> visibleButtons() {
        EditorActions actions = find(EditorActions.class).single();
        return find(Button.class, actions).all().stream().filter(Component::isVisible).map(Button::getText).toList();
    }

    private void click(String text) {
        test(find(Button.class).withText(text).first()).click();
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }

    private static int rowOf(Grid<EditorialItem> grid, long id) {
        return IntStream.range(0, grid.getListDataView().getItemCount())
                .filter(i -> grid.getListDataView().getItem(i).getId() == id).findFirst().orElseThrow();
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return Users.as(users, username, work);
    }
}
