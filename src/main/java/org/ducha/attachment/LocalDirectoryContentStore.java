package org.ducha.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Content in {@code <root>/ab/cd/<sha256>} ({@code ab}, {@code cd}: the first two pairs of hex
 * digits). A file appears there only complete: it is written in {@code <root>/tmp} and moved into
 * place atomically, so a reader on any node never sees half a file.
 */
final class LocalDirectoryContentStore implements ContentStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;
	private final Path staging;

	LocalDirectoryContentStore(Path root) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		this.staging = this.root.resolve("tmp");
		Files.createDirectories(staging);
	}

	@Override
	public boolean put(String sha256, Path file) throws IOException {
		Path target = pathOf(sha256);
		if (Files.exists(target)) {
			Files.deleteIfExists(file);
			return false;
		}
		Files.createDirectories(target.getParent());
		Path source = file;
		if (!file.toAbsolutePath().getParent().equals(staging)) {
			source = newStagingFile();
			Files.copy(file, source, StandardCopyOption.REPLACE_EXISTING);
			Files.delete(file);
		}
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (FileAlreadyExistsException e) {
			Files.deleteIfExists(source);
			return false;
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.deleteIfExists(source);
			throw new IOException("the attachment directory " + root + " does not support atomic moves", e);
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(pathOf(sha256));
	}

	@Override
	public Path newStagingFile() throws IOException {
		return Files.createTempFile(staging, "upload-", ".part");
	}

	Path pathOf(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}
}
