package org.puente.server.register;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.puente.linkage.cli.LinkCommand;
import org.puente.server.common.CommandOptions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code puente link --register [--quiet]}: a batch pass of the linkage engine over the whole
 * register that fills the registrars' duplicates review queue. The model is learnt from the
 * register and refined with the decisions registrars made so far; pairs already in the queue or
 * decided are not proposed again. Exit codes: 0 done, 3 unexpected failure.
 */
@Component
@ConditionalOnProperty(name = "puente.command", havingValue = "link-register")
class RegisterLinkCommand implements ApplicationRunner, ExitCodeGenerator {

    private final DuplicateReview review;
    private final PrintStream out = System.out;
    private int exitCode;

    RegisterLinkCommand(DuplicateReview review) {
        this.review = review;
    }

    @Override
    public void run(ApplicationArguments args) {
        CommandOptions options = CommandOptions.parse(List.of(args.getSourceArgs()));
        DuplicateReview.BatchOutcome outcome;
        try (var progress = new LinkCommand.TerminalProgress(!options.has("quiet") && System.console() != null,
                System.err)) {
            outcome = review.proposeFromRegister(progress);
        } catch (RuntimeException e) {
            System.err.println("puente link --register failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            exitCode = 3;
            return;
        }
        out.printf(Locale.ROOT, "%d people compared; %d pairs at or above the review threshold; %d new in the"
                        + " duplicates review queue (the others were already there or decided); %.1f s%n",
                outcome.people(), outcome.pairsFound(), outcome.pairsProposed(), outcome.millis() / 1000.0);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
