package org.bonemet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages import one way, in the order docs/ARCHITECTURE.md lists them: a package imports only packages of
 * the rows below its own, never one of its row or above. The document and the code cannot drift apart.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/org/bonemet");
    private static final Pattern ROW = Pattern.compile("^\\| ((?:`[a-z]+/` ?)+) \\|");
    private static final Pattern PACKAGE = Pattern.compile("`([a-z]+)/`");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.bonemet\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void everyPackageImportsOnlyThePackagesListedBelowIt() throws IOException {
        List<List<String>> rows = rows();
        List<String> listed = rows.stream().flatMap(List::stream).toList();
        try (Stream<Path> packages = Files.list(SOURCES)) {
            assertThat(packages.map(p -> p.getFileName().toString()).toList()).as("packages listed in docs/ARCHITECTURE.md")
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
        List<String> upward = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            List<String> below = rows.subList(row + 1, rows.size()).stream().flatMap(List::stream).toList();
            for (String pkg : rows.get(row)) {
                try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
                    for (Path file : files.toList()) {
                        Matcher imports = IMPORT.matcher(Files.readString(file));
                        while (imports.find()) {
                            String imported = imports.group(1);
                            if (!imported.equals(pkg) && !below.contains(imported)) {
                                upward.add(pkg + "/" + file.getFileName() + " imports " + imported);
                            }
                        }
                    }
                }
            }
        }
        assertThat(upward).isEmpty();
    }

    private static List<List<String>> rows() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/ARCHITECTURE.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                List<String> packages = new ArrayList<>();
                Matcher pkg = PACKAGE.matcher(row.group(1));
                while (pkg.find()) {
                    packages.add(pkg.group(1));
                }
                rows.add(packages);
            }
        }
        return rows;
    }
}
