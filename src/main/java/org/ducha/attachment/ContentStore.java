package org.ducha.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment content lives, addressed by its SHA-256 (lower-case hex); identical content is
 * kept once. {@link LocalDirectoryContentStore} keeps it in a directory, which several nodes share
 * when it is mounted from shared storage; an S3-compatible bucket can implement the same operations
 * (object key = the hash, a put that skips existing keys).
 */
interface ContentStore {

	/**
	 * Stores the content of {@code file}, whose SHA-256 the caller computed, unless content with
	 * that hash is already stored. The file is consumed: moved into the store or deleted.
	 *
	 * @return whether the content was new
	 */
	boolean put(String sha256, Path file) throws IOException;

	/** The stored content; {@link java.nio.file.NoSuchFileException} when absent. */
	InputStream open(String sha256) throws IOException;

	/** A new empty local file to receive an upload before it is stored. */
	Path newStagingFile() throws IOException;
}
