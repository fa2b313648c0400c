package org.puente.server.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.puente.server.common.CommandOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Demo data from the command line ({@code puente demo --people N [--seed S]}) and on start-up of
 * a demo server ({@code puente.demo=true}, {@code puente.demo-seed=true}), which seeds once and
 * prints the fixed set's documents so they can be tried at once.
 */
@Configuration(proxyBeanMethods = false)
class DemoCommands {

    static final long DEFAULT_SEED = 42;
    static final long STARTUP_SEED = 1;

    @Bean
    @ConditionalOnExpression("${puente.demo:false} and ${puente.demo-seed:true} and '${puente.command:serve}' == 'serve'")
    ApplicationRunner demoSeeding(DemoData demo, Clock clock, @Value("${puente.demo-people:1000}") long people) {
        return args -> {
            if (!demo.hasDemoData()) {
                demo.addFixedSet();
                demo.addGenerated(people, STARTUP_SEED, n -> { });
            }
            DemoData.printFixedSet(System.out, LocalDate.now(clock));
        };
    }

    @Bean
    @ConditionalOnProperty(name = "puente.command", havingValue = "demo")
    DemoCommand demoCommand(DemoData demo, Clock clock) {
        return new DemoCommand(demo, clock);
    }

    static final class DemoCommand implements ApplicationRunner, ExitCodeGenerator {
        private final DemoData demo;
        private final Clock clock;
        private int exitCode;

        DemoCommand(DemoData demo, Clock clock) {
            this.demo = demo;
            this.clock = clock;
        }

        @Override
        public void run(ApplicationArguments args) {
            CommandOptions options = CommandOptions.parse(List.of(args.getSourceArgs()));
            long people;
            long seed;
            try {
                people = Long.parseLong(options.get("people").orElse("1000"));
                seed = Long.parseLong(options.get("seed").orElse(Long.toString(DEFAULT_SEED)));
            } catch (NumberFormatException e) {
                System.err.println("usage: puente demo --people N [--seed S]");
                exitCode = 2;
                return;
            }
            long started = System.nanoTime();
            int fixed = demo.addFixedSet();
            long added;
            try (var bar = new ProgressBarBuilder().setTaskName("demo").setInitialMax(people)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().build()) {
                added = demo.addGenerated(people, seed, bar::stepTo);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("added %d generated people (seed %d, %d already present) and %d of the fixed set "
                    + "in %.1f s (%.0f people/s)%n", added, seed, people - added, fixed, seconds, added / seconds);
            DemoData.printFixedSet(System.out, LocalDate.now(clock));
        }

        @Override
        public int getExitCode() {
            return exitCode;
        }
    }
}
