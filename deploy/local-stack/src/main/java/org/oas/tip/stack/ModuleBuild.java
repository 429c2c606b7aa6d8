package org.oas.tip.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds only the applications whose sources changed since they were last packaged: a module is stale when its
 * {@code target/quarkus-app/quarkus-run.jar} is missing or older than a file of its {@code src/main}, its pom, the root
 * pom, or the {@code src/main} and pom of a library under {@code libs/} its pom names. Stale modules are built in one
 * {@code ./mvnw -q -B install -DskipTests -pl <stale> -am} (Maven options such as {@code -o} come from MAVEN_ARGS).
 */
final class ModuleBuild {

    private static final List<String> LIBS = List.of("service-defaults", "local-postgres", "service-testing");

    private final Path repo;

    ModuleBuild(Path repo) {
        this.repo = repo;
    }

    /** The modules of {@code modules} whose packaged application is missing or older than their inputs. */
    List<String> stale(Collection<String> modules) {
        List<String> stale = new ArrayList<>();
        for (String module : modules) {
            Path jar = repo.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar) || newestInput(module).compareTo(modified(jar)) > 0) {
                stale.add(module);
            }
        }
        return stale;
    }

    /** Builds the stale ones of {@code modules}, if any, and returns them. */
    List<String> buildStale(Collection<String> modules) {
        List<String> stale = stale(modules);
        if (stale.isEmpty()) {
            return stale;
        }
        List<String> command = List.of(repo.resolve("mvnw").toString(), "-q", "-B", "install", "-DskipTests",
                "-pl", String.join(",", stale), "-am");
        System.out.println("- building what changed: " + String.join(" ", command.subList(1, command.size()))
                + (System.getenv("MAVEN_ARGS") == null ? "" : " (MAVEN_ARGS=" + System.getenv("MAVEN_ARGS") + ")"));
        try {
            int exit = new ProcessBuilder(command).directory(repo.toFile()).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the build of " + stale + " failed (exit " + exit + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building " + stale, e);
        }
        return stale;
    }

    private FileTime newestInput(String module) {
        List<Path> inputs = new ArrayList<>(List.of(repo.resolve("pom.xml"), repo.resolve(module).resolve("pom.xml"),
                repo.resolve(module).resolve("src/main")));
        String pom = read(repo.resolve(module).resolve("pom.xml"));
        for (String lib : LIBS) {
            if (pom.contains("<artifactId>" + lib + "</artifactId>")) {
                inputs.add(repo.resolve("libs").resolve(lib).resolve("pom.xml"));
                inputs.add(repo.resolve("libs").resolve(lib).resolve("src/main"));
            }
        }
        FileTime newest = FileTime.fromMillis(0);
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(input)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    FileTime t = modified(file);
                    if (t.compareTo(newest) > 0) {
                        newest = t;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return newest;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
