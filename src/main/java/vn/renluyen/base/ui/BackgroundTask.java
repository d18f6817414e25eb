package vn.renluyen.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long admin work (content import, index rebuild) off the request thread: the trigger is disabled,
 * the bar shows progress (the page polls, no push needed), and the result comes back to the UI.
 */
public final class BackgroundTask {

    private static final Logger log = LoggerFactory.getLogger(BackgroundTask.class);

    /** The work; it reports progress from 0 to 1. */
    @FunctionalInterface
    public interface Work<T> {
        T run(DoubleConsumer progress) throws Exception;
    }

    private BackgroundTask() {
    }

    public static <T> void start(Button trigger, ProgressBar progress, Work<T> work, Consumer<T> done) {
        UI ui = UI.getCurrent();
        trigger.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        ui.setPollInterval(400);
        Thread.ofVirtual().start(() -> {
            try {
                T result = work.run(value -> ui.access(() -> progress.setValue(value)));
                ui.access(() -> done.accept(result));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                log.error("Background task failed, incident {}", incident, e);
                ui.access(() -> Notifications.error(ui.getTranslation("error.unexpected", incident)));
            } finally {
                ui.access(() -> {
                    trigger.setEnabled(true);
                    progress.setVisible(false);
                    ui.setPollInterval(-1);
                });
            }
        });
    }
}
