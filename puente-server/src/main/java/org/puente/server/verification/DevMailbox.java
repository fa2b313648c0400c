package org.puente.server.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.puente.server.web.StaffPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Demo mode's notifier: messages are kept in memory (the last 50) and shown at
 * {@code /dev/mailbox}, so one-time codes can be tried without a phone. Exists only in demo mode.
 */
@Controller
@StaffPage
@ConditionalOnProperty(name = "puente.demo", havingValue = "true")
class DevMailbox implements Notifier {

    record Message(Instant at, String to, String text) {
    }

    private final Deque<Message> messages = new ArrayDeque<>();
    private final Clock clock;

    DevMailbox(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void send(String to, String text) {
        messages.addFirst(new Message(clock.instant(), to, text));
        while (messages.size() > 50) {
            messages.removeLast();
        }
    }

    synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    @GetMapping("/dev/mailbox")
    String mailbox(Model model) {
        model.addAttribute("messages", messages());
        return "verification/mailbox";
    }
}
