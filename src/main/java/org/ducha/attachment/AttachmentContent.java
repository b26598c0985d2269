package org.ducha.attachment;

import java.io.IOException;
import java.io.InputStream;

/** An attachment's metadata and its content as a stream the caller must close. */
public record AttachmentContent(AttachmentInfo info, InputStream stream) implements AutoCloseable {

	@Override
	public void close() throws IOException {
		stream.close();
	}
}
