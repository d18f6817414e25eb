package vn.renluyen.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A visible mm:ss countdown to a server deadline. The browser ticks it (no server round trip per
 * second) from the time left as the server sees it, so a wrong clock on the phone does not matter;
 * at zero it calls back once. The server still enforces the deadline itself.
 */
public class Countdown extends Span {

    private final Duration left;
    private final Runnable atZero;
    private boolean fired;

    public Countdown(Instant deadline, Clock clock, Runnable atZero) {
        Duration remaining = Duration.between(clock.instant(), deadline);
        this.left = remaining.isNegative() ? Duration.ZERO : remaining;
        this.atZero = atZero;
        addClassName("countdown");
        getElement().setAttribute("role", "timer");
        getElement().setAttribute("aria-live", "off");
        setText(format(left));
    }

    static String format(Duration d) {
        long seconds = Math.max(0, (d.toMillis() + 999) / 1000);
        return "%02d:%02d".formatted(seconds / 60, seconds % 60);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs("""
                const el = this;
                const end = Date.now() + $0;
                clearInterval(el._tick);
                const show = () => {
                  const s = Math.max(0, Math.ceil((end - Date.now()) / 1000));
                  el.textContent = String(Math.floor(s / 60)).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0');
                  el.classList.toggle('countdown-low', s <= 60);
                  if (s === 0) { clearInterval(el._tick); el.$server.reachedZero(); }
                };
                el._tick = setInterval(show, 1000);
                show();
                """, left.toMillis());
    }

    @ClientCallable
    void reachedZero() {
        if (!fired) {
            fired = true;
            atZero.run();
        }
    }
}
