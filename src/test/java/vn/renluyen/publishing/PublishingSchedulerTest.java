package vn.renluyen.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;

/** The job only triggers the service, as the portal itself, and survives a failed run. */
class PublishingSchedulerTest {

    private final EditorialService editorial = mock(EditorialService.class);
    private final PublishingScheduler scheduler = new PublishingScheduler(editorial);

    @Test
    void publishesDueItemsAsThePortalItself() {
        AtomicReference<Authentication> during = new AtomicReference<>();
        when(editorial.publishDue()).thenAnswer(call -> {
            during.set(SecurityContextHolder.getContext().getAuthentication());
            return 2;
        });

        scheduler.publishDue();

        verify(editorial).publishDue();
        assertThat(during.get().getName()).isEqualTo("system");
        assertThat(during.get().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("restored afterwards").isNull();
    }

    @Test
    void aFailedRunIsLoggedAndTheNextPollTriesAgain() {
        when(editorial.publishDue()).thenThrow(new CannotCreateTransactionException("Connection refused"))
                .thenThrow(new IllegalStateException("listener failed")).thenReturn(0);

        assertThatCode(scheduler::publishDue).doesNotThrowAnyException();
        assertThatCode(scheduler::publishDue).doesNotThrowAnyException();
        assertThatCode(scheduler::publishDue).doesNotThrowAnyException();
    }
}
