package org.oas.tip.bench;

import java.nio.file.Path;
import java.util.Arrays;

/** A scenario's positional arguments (after its name), each with the default the scripts rely on. */
public record Args(String[] values) {

    public Args {
        values = values.clone();
    }

    public static Args after(String[] args, int skip) {
        return new Args(Arrays.copyOfRange(args, Math.min(skip, args.length), args.length));
    }

    public boolean has(int i) {
        return values.length > i;
    }

    public String string(int i, String fallback) {
        return has(i) ? values[i] : fallback;
    }

    public int integer(int i, int fallback) {
        return has(i) ? Integer.parseInt(values[i]) : fallback;
    }

    public double decimal(int i, double fallback) {
        return has(i) ? Double.parseDouble(values[i]) : fallback;
    }

    public String required(int i, String what) {
        if (!has(i)) {
            throw new IllegalArgumentException("missing argument " + (i + 1) + ": " + what);
        }
        return values[i];
    }

    public Path path(int i, String what) {
        return Path.of(required(i, what));
    }
}
