package org.puente.server.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Options of a command-line task, written {@code --name value} or {@code --name=value}. */
public final class CommandOptions {

    private final Map<String, String> values = new HashMap<>();

    private CommandOptions() {
    }

    public static CommandOptions parse(List<String> args) {
        CommandOptions options = new CommandOptions();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                continue;
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals >= 0) {
                options.values.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                options.values.put(name, args.get(++i));
            } else {
                options.values.put(name, "");
            }
        }
        return options;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }
}
