package vn.renluyen.completion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.renluyen.PortalIntegrationTest;
import vn.renluyen.Users;
import vn.renluyen.completion.Confirmations;
import vn.renluyen.completion.Learners;
import vn.renluyen.completion.Learners.Learner;

/** /xac-minh/{code} as a verifier sees it, and revocation from a secretary's /chi-bo/xac-nhan. */
@PortalIntegrationTest
class CompletionViewsIT extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Confirmations confirmations;
    @Autowired
    UserDetailsService users;

    @Test
    void aVerifierSeesTheHolderAndThatThisIsNotTheOfficialCertificate() {
        Learners learners = new Learners(context);
        Learner learner = learners.create("Lò Thị", "Xuyến", Learners.TEACHERS);
        String code = learners.confirmed(learner);

        navigate("xac-minh/" + code, VerifyView.class);
        assertThat(find(Span.class).withClassName("verify-holder").single().getText()).isEqualTo("Lò Thị Xuyến");
        assertThat(find(Span.class).withClassName("verify-issuer").single().getText())
                .isEqualTo("Cổng RènLuyện · Chi bộ Giáo viên");
        assertThat(find(Paragraph.class).withClassName("verify-not-official").single().getText())
                .isEqualTo("Đây là xác nhận hoàn thành học trực tuyến của Cổng RènLuyện, không phải giấy chứng nhận "
                        + "do trung tâm chính trị cấp.");

        navigate("xac-minh/RL-0000-0000-0000", VerifyView.class);
        assertThat(find(Paragraph.class).withClassName("verify-unknown").single().getText())
                .isEqualTo("Không tìm thấy xác nhận với mã này.");
        assertThat(find(Span.class).withClassName("verify-holder").exists()).isFalse();
    }

    @Test
    void theHolderGetsAPdfLinkAndTheVerificationPageForEachConfirmation() {
        Learners learners = new Learners(context);
        Learner learner = learners.create("Chu Thị", "Hạnh", Learners.TEACHERS);
        String code = learners.confirmed(learner);

        MyConfirmations mine = Users.as(users, learner.username(), () -> new MyConfirmations(confirmations));
        UI.getCurrent().add(mine);
        Anchor pdf = find(Anchor.class).withClassName("confirmation-pdf").from(mine).single();
        assertThat(pdf.getText()).isEqualTo("Tải PDF");
        assertThat(pdf.getHref()).isNotBlank();
        assertThat(find(RouterLink.class).withClassName("confirmation-verify").from(mine).single().getHref())
                .isEqualTo("xac-minh/" + code);
        assertThat(find(Span.class).withClassName("confirmation-date").from(mine).single().getText()).endsWith(code);
    }

    @Test
    @WithUserDetails("bithu")
    void aSecretaryRevokesOnlyWithAReason() {
        Learner learner = new Learners(context).create("Quách Văn", "Sơn", Learners.TEACHERS);
        String code = new Learners(context).confirmed(learner);

        navigate(ConfirmationsView.class);
        Div row = find(Div.class).withClassName("confirmation-row").all().stream()
                .filter(r -> r.getElement().getTextRecursively().contains(code)).findFirst().orElseThrow();
        assertThat(find(Span.class).withClassName("confirmation-holder").from(row).single().getText())
                .isEqualTo("Quách Văn Sơn");
        test(find(Button.class).withText("Thu hồi").from(row).single()).click();

        Dialog dialog = find(Dialog.class).withClassName("revoke-dialog").single();
        assertThat(dialog.isOpened()).isTrue();
        test(find(Button.class).withText("Thu hồi xác nhận").from(dialog).single()).click();
        TextArea reason = find(TextArea.class).withCaption("Lý do thu hồi").from(dialog).single();
        assertThat(reason.getErrorMessage()).isEqualTo("Cần ghi lý do thu hồi.");
        assertThat(confirmations.verify(code)).as("still valid").isPresent();

        test(reason).setValue("Cấp nhầm cho người chưa học hết chương trình.");
        test(find(Button.class).withText("Thu hồi xác nhận").from(dialog).single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(confirmations.verify(code)).isEmpty();
        Div after = find(Div.class).withClassName("confirmation-row").all().stream()
                .filter(r -> r.getElement().getTextRecursively().contains(code)).findFirst().orElseThrow();
        assertThat(find(Span.class).withClassName("state-badge").from(after).single().getText()).isEqualTo("Đã thu hồi");

        navigate("xac-minh/" + code, VerifyView.class);
        assertThat(find(Paragraph.class).withClassName("verify-revoked").single().getText())
                .startsWith("Xác nhận này đã bị thu hồi ngày ").endsWith("và không còn giá trị.");
        assertThat(find(Span.class).withClassName("verify-holder").exists()).isFalse();
    }
}
