package org.ducha.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDirectoryContentStoreTests {

	static final String SHA = "ab" + "cd" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab";

	@TempDir
	Path root;

	@Test
	void contentLivesUnderTwoLevelsOfHashPrefixes() throws IOException {
		LocalDirectoryContentStore store = new LocalDirectoryContentStore(root);
		Path staged = Files.write(store.newStagingFile(), new byte[] { 1, 2, 3 });

		assertThat(store.put(SHA, staged)).isTrue();

		assertThat(root.resolve("ab/cd/" + SHA)).hasBinaryContent(new byte[] { 1, 2, 3 });
		assertThat(staged).doesNotExist();
		try (InputStream in = store.open(SHA)) {
			assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
		}
	}

	@Test
	void identicalContentIsStoredOnce() throws IOException {
		LocalDirectoryContentStore store = new LocalDirectoryContentStore(root);
		store.put(SHA, Files.write(store.newStagingFile(), new byte[] { 1, 2, 3 }));
		Path second = Files.write(store.newStagingFile(), new byte[] { 1, 2, 3 });

		assertThat(store.put(SHA, second)).isFalse();

		assertThat(second).doesNotExist();
		assertThat(regularFiles()).containsExactly(root.resolve("ab/cd/" + SHA));
	}

	@Test
	void aFileFromElsewhereIsCopiedInAndConsumed(@TempDir Path elsewhere) throws IOException {
		LocalDirectoryContentStore store = new LocalDirectoryContentStore(root);
		Path outside = Files.write(elsewhere.resolve("upload"), new byte[] { 9 });

		store.put(SHA, outside);

		assertThat(outside).doesNotExist();
		assertThat(regularFiles()).containsExactly(root.resolve("ab/cd/" + SHA));
	}

	@Test
	void onlyHexDigestsNameContent() throws IOException {
		LocalDirectoryContentStore store = new LocalDirectoryContentStore(root);

		assertThatThrownBy(() -> store.open("../../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> store.open(SHA.toUpperCase())).isInstanceOf(IllegalArgumentException.class);
	}

	private java.util.List<Path> regularFiles() throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}
}
