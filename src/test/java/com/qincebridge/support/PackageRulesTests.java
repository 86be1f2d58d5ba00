package com.qincebridge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The floor plan's rules, read from the main sources: dependencies between packages run
 * one way (no cycle), the clients ({@code http}, {@code erp}, {@code qince}) and the
 * sandbox (an API simulator: it knows the wire, not the product) depend on no job
 * package, the root package holds only the application, and each test package is one of
 * the main packages (a test lives beside the code it tests).
 */
class PackageRulesTests {

	private static final Path SOURCES = Path.of("src/main/java/com/qincebridge");

	private static final Path TESTS = Path.of("src/test/java/com/qincebridge");

	private static final Set<String> CLIENTS = Set.of("http", "erp", "qince");

	private static final Pattern PACKAGE = Pattern.compile("^package com\\.qincebridge(?:\\.([a-z0-9]+))?;",
			Pattern.MULTILINE);

	private static final Pattern REFERENCE = Pattern.compile("\\bcom\\.qincebridge\\.([a-z][a-z0-9]*)\\b");

	@Test
	void packagesHaveNoCycle() {
		assertThat(cycles(dependencies())).isEmpty();
	}

	@Test
	void clientsDependOnClientsOnly() {
		Map<String, Set<String>> dependencies = dependencies();
		for (String client : CLIENTS) {
			assertThat(dependencies.getOrDefault(client, Set.of())).as(client).isSubsetOf(CLIENTS);
		}
	}

	@Test
	void sandboxDependsOnTheClientsWireOnly() {
		assertThat(dependencies().getOrDefault("sandbox", Set.of())).isSubsetOf(CLIENTS);
	}

	@Test
	void rootHoldsOnlyTheApplication() throws IOException {
		try (Stream<Path> files = Files.list(SOURCES)) {
			assertThat(files.filter(Files::isRegularFile).map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrder("QinceBridgeApplication.java", "package-info.java");
		}
	}

	@Test
	void everyPackageHasItsPackageInfo() {
		for (String pkg : dependencies().keySet()) {
			Path folder = pkg.isEmpty() ? SOURCES : SOURCES.resolve(pkg);
			assertThat(folder.resolve("package-info.java")).as(pkg).isRegularFile();
		}
	}

	@Test
	void testPackagesMirrorTheMainPackages() throws IOException {
		try (Stream<Path> folders = Files.walk(TESTS)) {
			List<String> testPackages = folders.filter((folder) -> !folder.equals(TESTS) && Files.isDirectory(folder))
				.map((folder) -> TESTS.relativize(folder).toString())
				.toList();
			assertThat(testPackages).as("test packages of " + TESTS.toAbsolutePath())
				.hasSizeGreaterThan(10)
				.isSubsetOf(dependencies().keySet());
		}
	}

	@Test
	void aCycleIsFoundWithItsPath() {
		Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
		assertThat(cycles(graph)).containsExactly("a -> b -> c -> a");
		assertThat(cycles(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty();
	}

	/** Each package (the root is "") with the packages of the product it names. */
	private static Map<String, Set<String>> dependencies() {
		Map<String, Set<String>> dependencies = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher declared = PACKAGE.matcher(source);
				assertThat(declared.find()).as("package of " + file).isTrue();
				String pkg = (declared.group(1) != null) ? declared.group(1) : "";
				Set<String> used = dependencies.computeIfAbsent(pkg, (name) -> new TreeSet<>());
				Matcher reference = REFERENCE.matcher(source.substring(declared.end()));
				while (reference.find()) {
					if (!reference.group(1).equals(pkg)) {
						used.add(reference.group(1));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(dependencies).as("packages read from " + SOURCES.toAbsolutePath()).hasSizeGreaterThan(10);
		return dependencies;
	}

	/**
	 * One path per package that can reach itself, from the first such package in order.
	 */
	static List<String> cycles(Map<String, Set<String>> graph) {
		List<String> cycles = new ArrayList<>();
		Set<String> inCycle = new TreeSet<>();
		for (String start : new TreeSet<>(graph.keySet())) {
			if (inCycle.contains(start)) {
				continue;
			}
			List<String> path = pathBack(graph, start, start, new ArrayList<>(List.of(start)), new TreeSet<>());
			if (path != null) {
				inCycle.addAll(path);
				cycles.add(String.join(" -> ", path));
			}
		}
		return cycles;
	}

	private static @Nullable List<String> pathBack(Map<String, Set<String>> graph, String start, String at,
			List<String> path, Set<String> visited) {
		for (String next : new TreeSet<>(graph.getOrDefault(at, Set.of()))) {
			if (next.equals(start)) {
				List<String> cycle = new ArrayList<>(path);
				cycle.add(start);
				return cycle;
			}
			if (visited.add(next)) {
				path.add(next);
				List<String> found = pathBack(graph, start, next, path, visited);
				if (found != null) {
					return found;
				}
				path.remove(path.size() - 1);
			}
		}
		return null;
	}

}
